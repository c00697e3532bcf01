using System.Security.Cryptography;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Accounts;

/// <summary>One certificate sign-in challenge. Sign-in runs on the wall clock, like the tokens it leads to.</summary>
[GrainType("th-sign-in-challenge")]
public sealed class SignInChallengeGrain(
    [PersistentState("sign-in-challenge", StorageNames.Default)] IPersistentState<SignInChallengeState> state) : Grain, ISignInChallengeGrain
{
    /// <summary>How long a challenge can be answered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public async Task<SignInChallenge> Issue(string organizationId)
    {
        if (state.State.Challenge is { } issued) return issued;
        state.State.Challenge = new SignInChallenge
        {
            Id = this.GetPrimaryKeyString(), OrganizationId = organizationId, Nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ExpiresAt = TimeProvider.System.GetUtcNow() + Lifetime,
        };
        await state.WriteStateAsync();
        return state.State.Challenge;
    }

    /// <inheritdoc />
    public async Task<SignInChallenge?> Consume()
    {
        if (state.State.Challenge is not { } challenge || state.State.Used || TimeProvider.System.GetUtcNow() >= challenge.ExpiresAt) return null;
        state.State.Used = true;
        await state.WriteStateAsync();
        return challenge;
    }
}
