namespace TenderHall.Grains.Contracts.Accounts;

/// <summary>A password account of the embedded profile, keyed by user name.</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; a retry with the same roles and organisation returns it, anything else conflicts.</summary>
    Task<AccountInfo> Create(AccountInfo account, string password);

    /// <summary>The account when <paramref name="password"/> matches, otherwise null.</summary>
    Task<AccountInfo?> Verify(string password);
}
