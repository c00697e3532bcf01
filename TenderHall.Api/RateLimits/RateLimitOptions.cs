namespace TenderHall.Api.RateLimits;

/// <summary>The <c>TenderHall:RateLimits</c> section: how many sign-in attempts are allowed before sign-in pauses.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:RateLimits";

    /// <summary>Failed password sign-ins per user name (an account under attack); a success resets it.</summary>
    public RateLimit PasswordFailuresPerUser { get; set; } = new() { Limit = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Failed password sign-ins per client address (one client trying many user names).</summary>
    public RateLimit PasswordFailuresPerAddress { get; set; } = new() { Limit = 30, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Certificate sign-in challenges per organisation and client address.</summary>
    public RateLimit ChallengesPerOrganizationAndAddress { get; set; } = new() { Limit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Failed certificate sign-ins per organisation; a success resets it.</summary>
    public RateLimit CertificateFailuresPerOrganization { get; set; } = new() { Limit = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Throws a message naming the setting when a limit cannot work.</summary>
    public void Validate()
    {
        Check(PasswordFailuresPerUser, nameof(PasswordFailuresPerUser));
        Check(PasswordFailuresPerAddress, nameof(PasswordFailuresPerAddress));
        Check(ChallengesPerOrganizationAndAddress, nameof(ChallengesPerOrganizationAndAddress));
        Check(CertificateFailuresPerOrganization, nameof(CertificateFailuresPerOrganization));
    }

    private static void Check(RateLimit limit, string name)
    {
        if (limit.Limit < 1)
            throw new InvalidOperationException($"'{Section}:{name}:Limit' must be at least 1.");
        if (limit.Window < TimeSpan.FromSeconds(1) || limit.Window > TimeSpan.FromDays(1))
            throw new InvalidOperationException($"'{Section}:{name}:Window' must be from 00:00:01 to 1.00:00:00.");
    }
}
