using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Accounts;

/// <summary>A password account of the embedded profile.</summary>
[GrainType("th-account")]
public sealed class AccountGrain(
    [PersistentState("account", StorageNames.Default)] IPersistentState<AccountState> state) : Grain, IAccountGrain
{
    /// <inheritdoc />
    public async Task<AccountInfo> Create(AccountInfo account, string password)
    {
        account.UserName = this.GetPrimaryKeyString();
        if (account.Roles.Count == 0 || account.Roles.Any(r => !Roles.All.Contains(r)))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "roles"), ("detail", "one or more of " + string.Join(", ", Roles.All)));
        if (password.Length < 4)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "password"), ("detail", "at least 4 characters"));
        if (state.State.Account is { } existing)
        {
            if (existing.Roles.SequenceEqual(account.Roles) && existing.OrganizationId == account.OrganizationId) return existing;
            throw RuleViolationException.Of("DIR-EXISTS", ("id", account.UserName));
        }

        state.State.Account = account;
        state.State.PasswordHash = PasswordHasher.Hash(password);
        await state.WriteStateAsync();
        return account;
    }

    /// <inheritdoc />
    public Task<AccountInfo?> Verify(string password) =>
        Task.FromResult(state.State.Account is { } account && PasswordHasher.Verify(password, state.State.PasswordHash) ? account : null);
}
