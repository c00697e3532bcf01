using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Grains.Accounts;

/// <summary>Stored state of <see cref="AccountGrain"/>.</summary>
public sealed class AccountState
{
    /// <summary>The account; null until created.</summary>
    public AccountInfo? Account { get; set; }

    /// <summary>PBKDF2 hash in the form <c>pbkdf2-sha256$iterations$salt$hash</c> (base64 parts).</summary>
    public string PasswordHash { get; set; } = "";
}
