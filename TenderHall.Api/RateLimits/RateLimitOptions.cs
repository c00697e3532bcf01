namespace TenderHall.Api.RateLimits;

/// <summary>The <c>TenderHall:RateLimits</c> section: how many sign-in attempts are allowed before sign-in pauses, how many gate checks, and how many queue tickets.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:RateLimits";

    /// <summary>Failed password sign-ins for one user name from one address; a success resets it.</summary>
    /// <remarks>Per address, so nobody can lock a competitor out before a deadline by failing its sign-in on purpose.</remarks>
    public RateLimit PasswordFailuresPerUserAndAddress { get; set; } = new() { Limit = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Failed password sign-ins for one user name from any address (an account under a spread-out attack).</summary>
    public RateLimit PasswordFailuresPerUser { get; set; } = new() { Limit = 50, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Failed password sign-ins per client address (one client trying many user names).</summary>
    public RateLimit PasswordFailuresPerAddress { get; set; } = new() { Limit = 30, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Certificate sign-in challenges per organisation and client address.</summary>
    public RateLimit ChallengesPerOrganizationAndAddress { get; set; } = new() { Limit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Failed certificate sign-ins of one organisation from one address; a success resets it.</summary>
    /// <remarks>
    /// Per address: a signature cannot be guessed, so this only quiets noise, and an organisation-wide count would let
    /// anyone lock a bidder out before a deadline by asking for challenges and failing them.
    /// </remarks>
    public RateLimit CertificateFailuresPerOrganizationAndAddress { get; set; } = new() { Limit = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Gate checks (<c>POST /api/v1/gate/check</c>) per signed-in caller.</summary>
    public RateLimit GateChecksPerCaller { get; set; } = new() { Limit = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Refused gate checks per signed-in caller: each writes a public log entry and a supervision event; a pass gives its count back.</summary>
    public RateLimit GateRefusalsPerCaller { get; set; } = new() { Limit = 20, Window = TimeSpan.FromHours(1) };

    /// <summary>Queue tickets taken from one client address (a hall kiosk included: set it to the kiosk's busiest hour).</summary>
    public RateLimit TicketsPerAddress { get; set; } = new() { Limit = 60, Window = TimeSpan.FromHours(1) };

    /// <summary>Queue tickets taken by one signed-in account, from any address.</summary>
    public RateLimit TicketsPerAccount { get; set; } = new() { Limit = 5, Window = TimeSpan.FromHours(1) };

    /// <summary>Throws a message naming the setting when a limit cannot work.</summary>
    public void Validate()
    {
        Check(PasswordFailuresPerUserAndAddress, nameof(PasswordFailuresPerUserAndAddress));
        Check(PasswordFailuresPerUser, nameof(PasswordFailuresPerUser));
        Check(PasswordFailuresPerAddress, nameof(PasswordFailuresPerAddress));
        Check(ChallengesPerOrganizationAndAddress, nameof(ChallengesPerOrganizationAndAddress));
        Check(CertificateFailuresPerOrganizationAndAddress, nameof(CertificateFailuresPerOrganizationAndAddress));
        Check(GateChecksPerCaller, nameof(GateChecksPerCaller));
        Check(GateRefusalsPerCaller, nameof(GateRefusalsPerCaller));
        Check(TicketsPerAddress, nameof(TicketsPerAddress));
        Check(TicketsPerAccount, nameof(TicketsPerAccount));
    }

    private static void Check(RateLimit limit, string name)
    {
        if (limit.Limit < 1)
            throw new InvalidOperationException($"'{Section}:{name}:Limit' must be at least 1.");
        if (limit.Window < TimeSpan.FromSeconds(1) || limit.Window > TimeSpan.FromDays(1))
            throw new InvalidOperationException($"'{Section}:{name}:Window' must be from 00:00:01 to 1.00:00:00.");
    }
}
