namespace TenderHall.Grains.Contracts.Accounts;

/// <summary>A user account as seen by the API: who it is and what it may do. Never carries the password hash.</summary>
[GenerateSerializer, Alias("th.AccountInfo")]
public sealed class AccountInfo
{
    /// <summary>Sign-in name (also the grain key).</summary>
    [Id(0)] public string UserName { get; set; } = "";

    /// <summary>Name shown in the portal.</summary>
    [Id(1)] public string DisplayName { get; set; } = "";

    /// <summary>Roles from <see cref="Roles"/>.</summary>
    [Id(2)] public List<string> Roles { get; set; } = [];

    /// <summary>The organisation the user acts for (agency, bidder, department), or the expert id for experts.</summary>
    [Id(3)] public string? OrganizationId { get; set; }
}
