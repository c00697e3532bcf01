namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>One custodian's share of the opening key, encrypted to that custodian's key; only the custodian can read it.</summary>
[GenerateSerializer, Alias("th.CustodianShare")]
public sealed class CustodianShare
{
    /// <summary>The custodian organisation.</summary>
    [Id(0)] public string CustodianId { get; set; } = "";

    /// <summary>Key id (hex) of the custodian encryption key the share is wrapped to.</summary>
    [Id(1)] public string CustodianKeyId { get; set; } = "";

    /// <summary>Shamir x-coordinate of the share.</summary>
    [Id(2)] public byte X { get; set; }

    /// <summary>The wrapped share, base64.</summary>
    [Id(3)] public string WrappedShare { get; set; } = "";
}
