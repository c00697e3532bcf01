namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>What a bidder states when it lodges a guarantee letter for a tender's bid deposit.</summary>
[GenerateSerializer, Alias("th.GuaranteeLodging")]
public sealed class GuaranteeLodging
{
    /// <summary>The issuing bank or guarantee institution (出具机构).</summary>
    [Id(0)] public string IssuerName { get; set; } = "";

    /// <summary>The issuer's unified social credit code.</summary>
    [Id(1)] public string IssuerCreditCode { get; set; } = "";

    /// <summary>The letter number the issuer gave it (保函编号).</summary>
    [Id(2)] public string LetterNumber { get; set; } = "";

    /// <summary>The guaranteed amount in fen.</summary>
    [Id(3)] public long AmountFen { get; set; }

    /// <summary>Start of validity.</summary>
    [Id(4)] public DateTimeOffset ValidFrom { get; set; }

    /// <summary>End of validity.</summary>
    [Id(5)] public DateTimeOffset ValidUntil { get; set; }
}
