namespace TenderHall.Api.RateLimits;

/// <summary>A sign-in attempt already counted against its limits, to be reported as failed or succeeded.</summary>
/// <param name="Subject">What supervision would name, e.g. <c>account/agency1</c> or <c>organization/91110000…</c>.</param>
/// <param name="AccountKey">Rate-limit key of the account's failures from this address, reset by a success.</param>
/// <param name="Account">The hit on the account's limit that ran out first, if one did (for the supervision warning).</param>
/// <param name="ReturnKeys">Rate-limit keys a success gives its count back to: the account from anywhere, the address.</param>
/// <param name="Address">The client address.</param>
public sealed record SignInAttempt(string Subject, string AccountKey, RateLimitHit Account, IReadOnlyList<string> ReturnKeys, string Address);
