namespace TenderHall.Grains.Contracts.Registry;

/// <summary>An organisation registered with the centre.</summary>
[GenerateSerializer, Alias("th.OrganizationProfile")]
public sealed class OrganizationProfile
{
    /// <summary>The organisation id (also the grain key).</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>Department, agency or bidder.</summary>
    [Id(1)] public OrganizationKind Kind { get; set; }

    /// <summary>Registered Chinese name.</summary>
    [Id(2)] public string NameZh { get; set; } = "";

    /// <summary>English name shown in the English portal.</summary>
    [Id(3)] public string NameEn { get; set; } = "";

    /// <summary>Unified social credit code (统一社会信用代码, GB 32100-2015).</summary>
    [Id(4)] public string CreditCode { get; set; } = "";

    /// <summary>Contact e-mail for notifications.</summary>
    [Id(5)] public string? ContactEmail { get; set; }

    /// <summary>Public keys, current and retired.</summary>
    [Id(6)] public List<PublicKeyRecord> Keys { get; set; } = [];

    /// <summary>When the organisation was registered.</summary>
    [Id(7)] public DateTimeOffset RegisteredAt { get; set; }
}
