namespace TenderHall.Grains.Contracts.Fees;

/// <summary>The published fee standard of one tender (收费标准): what its documents cost and what deposit it asks.</summary>
[GenerateSerializer, Alias("th.FeeSchedule")]
public sealed class FeeSchedule
{
    /// <summary>The tender id (also the grain key).</summary>
    [Id(0)] public string SubjectId { get; set; } = "";

    /// <summary>Price of the tender documents in fen: printing and mailing cost only (BLR 16); null when free.</summary>
    [Id(1)] public long? DocumentFeeFen { get; set; }

    /// <summary>Bid deposit in fen; null when no deposit is asked.</summary>
    [Id(2)] public long? DepositFen { get; set; }

    /// <summary>Estimated price (估算价) in fen; the deposit is capped at 2 % of it (BLR 26).</summary>
    [Id(3)] public long? EstimatedPriceFen { get; set; }

    /// <summary>The basis of the charges (收费依据), as published.</summary>
    [Id(4)] public string Basis { get; set; } = "";

    /// <summary>When the schedule was published.</summary>
    [Id(5)] public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The tender's legal regime: deposits are refunded within 5 days (BLR 35, 57) or 5 working days (GPR 38).</summary>
    [Id(6)] public Projects.LegalRegime Regime { get; set; } = Projects.LegalRegime.Engineering;
}
