using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Grains.Accounts;

/// <summary>Stored state of <see cref="SignInChallengeGrain"/>.</summary>
public sealed class SignInChallengeState
{
    /// <summary>The challenge; null before it is issued.</summary>
    public SignInChallenge? Challenge { get; set; }

    /// <summary>Whether it was answered (a challenge signs in once).</summary>
    public bool Used { get; set; }
}
