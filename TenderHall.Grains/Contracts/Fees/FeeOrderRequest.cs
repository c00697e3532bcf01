namespace TenderHall.Grains.Contracts.Fees;

/// <summary>What a payer asks to pay; the amount must equal the published standard (ALL 59).</summary>
[GenerateSerializer, Alias("th.FeeOrderRequest")]
public sealed class FeeOrderRequest
{
    /// <summary>What the fee is for.</summary>
    [Id(0)] public FeePurpose Purpose { get; set; }

    /// <summary>What is paid for: a tender id for documents and deposits, a licensing case id for licensing fees.</summary>
    [Id(1)] public string SubjectId { get; set; } = "";

    /// <summary>The paying organisation.</summary>
    [Id(2)] public string PayerId { get; set; } = "";

    /// <summary>The amount the payer was shown, in fen (分).</summary>
    [Id(3)] public long AmountFen { get; set; }

    /// <summary>Licensing fees: the code of the published licensing item.</summary>
    [Id(4)] public string? LicensingItemCode { get; set; }

    /// <summary>Licensing fees: the published fee item name (收费项目).</summary>
    [Id(5)] public string? FeeName { get; set; }
}
