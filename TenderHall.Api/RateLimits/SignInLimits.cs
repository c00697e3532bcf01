using System.Globalization;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Api.RateLimits;

/// <summary>
/// Brute-force protection of sign-in. Every attempt is counted before its credentials are checked, so concurrent
/// guesses cannot slip past a limit; a success gives its count back, so only failures use the budget. A spent budget
/// is refused with AUTH-RATE whether or not the account exists, and an account whose budget runs out is reported to
/// supervision once per window.
/// </summary>
public sealed partial class SignInLimits(IRateLimitStore store, RateLimitOptions options, SupervisionAlarms alarms, TimeProvider time, ILogger<SignInLimits> logger)
{
    /// <summary>The rule code of a refusal and of the supervision warning.</summary>
    public const string Code = "AUTH-RATE";

    /// <summary>Counts a password attempt for <paramref name="userName"/> from the caller's address; throws AUTH-RATE when a budget is spent.</summary>
    public async Task<SignInAttempt> BeginPassword(string userName, HttpContext context)
    {
        var address = ClientAddress.Of(context);
        var (pairKey, userKey, addressKey) = (Key("password", "user", userName, address), Key("password", "user", userName), Key("password", "address", address));
        // Narrowest first, and a refused attempt counts no further: one address that keeps failing is paused alone and
        // cannot run the account's budget for every address down.
        var pair = await Hit(pairKey, options.PasswordFailuresPerUserAndAddress);
        Refuse(pair);
        var user = await Hit(userKey, options.PasswordFailuresPerUser);
        Refuse(user);
        var fromAddress = await Hit(addressKey, options.PasswordFailuresPerAddress);
        if (fromAddress.Exhausts) LogAddressExhausted(logger, address, fromAddress.Limit, fromAddress.RetryAfterSeconds);
        Refuse(fromAddress);
        return new SignInAttempt("account/" + userName, pairKey, user.Exhausts ? user : pair, [userKey, addressKey], address);
    }

    /// <summary>Counts a certificate sign-in attempt for <paramref name="organizationId"/> from the caller's address; throws AUTH-RATE when its budget is spent.</summary>
    public async Task<SignInAttempt> BeginCertificate(string organizationId, HttpContext context)
    {
        var address = ClientAddress.Of(context);
        var key = Key("certificate", "organization", organizationId, address);
        var attempt = new SignInAttempt("organization/" + organizationId, key, await Hit(key, options.CertificateFailuresPerOrganizationAndAddress), [], address);
        Refuse(attempt.Account);
        return attempt;
    }

    /// <summary>Counts a challenge for <paramref name="organizationId"/> from the caller's address; throws AUTH-RATE when too many were asked for.</summary>
    public async Task CountChallenge(string organizationId, HttpContext context) =>
        Refuse(await Hit(Key("challenge", organizationId, ClientAddress.Of(context)), options.ChallengesPerOrganizationAndAddress));

    /// <summary>Keeps the attempt's counts; when it spent the account's budget, warns supervision.</summary>
    public async Task Failed(SignInAttempt attempt)
    {
        if (!attempt.Account.Exhausts) return;
        var until = time.GetUtcNow() + attempt.Account.ResetsIn;
        await alarms.Raise($"{Code}/{attempt.Subject}/{until.ToUnixTimeSeconds()}", AlarmSeverity.Warning, Code, attempt.Subject,
            $"{attempt.Account.Limit} failed sign-ins for {attempt.Subject}, the last from {attempt.Address}; its sign-in is paused until {until.ToString("u", CultureInfo.InvariantCulture)} (UTC).");
    }

    /// <summary>Gives the attempt's counts back: the account starts afresh from this address, the wider budgets keep theirs.</summary>
    public async Task Succeeded(SignInAttempt attempt)
    {
        await store.ResetAsync(attempt.AccountKey);
        foreach (var key in attempt.ReturnKeys) await store.ReturnAsync(key);
    }

    private Task<RateLimitHit> Hit(string key, RateLimit limit) => store.HitAsync(key, limit.Limit, limit.Window);

    // Parts are escaped, so a user name holding ':' cannot stand for another key (an IPv6 address holds ':' too).
    private static string Key(params string[] parts) => string.Join(':', parts.Select(Uri.EscapeDataString));

    private static void Refuse(params ReadOnlySpan<RateLimitHit> hits)
    {
        long seconds = 0;
        foreach (var hit in hits)
            if (!hit.Allowed) seconds = Math.Max(seconds, hit.RetryAfterSeconds);
        if (seconds > 0) throw RuleViolationException.Of(Code, ("seconds", seconds));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-ins from {Address} reached the limit of {Limit}; sign-in from it is paused for {Seconds} s")]
    private static partial void LogAddressExhausted(ILogger logger, string address, int limit, long seconds);
}
