namespace TenderHall.Grains.Contracts.Accounts;

/// <summary>One sign-in challenge (key: challenge id): issued once, answered at most once.</summary>
public interface ISignInChallengeGrain : IGrainWithStringKey
{
    /// <summary>Issues the challenge for <paramref name="organizationId"/>.</summary>
    Task<SignInChallenge> Issue(string organizationId);

    /// <summary>Takes the challenge for answering; null when unknown, expired or already used.</summary>
    Task<SignInChallenge?> Consume();
}
