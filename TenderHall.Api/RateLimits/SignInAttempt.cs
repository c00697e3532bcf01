namespace TenderHall.Api.RateLimits;

/// <summary>A sign-in attempt already counted against its limits, to be reported as failed or succeeded.</summary>
/// <param name="Subject">What supervision would name, e.g. <c>account/agency1</c> or <c>organization/91110000…</c>.</param>
/// <param name="AccountKey">Rate-limit key of the account's failures.</param>
/// <param name="Account">The hit on the account's limit.</param>
/// <param name="AddressKey">Rate-limit key of the client address's failures, when that is limited too.</param>
/// <param name="Address">The client address.</param>
public sealed record SignInAttempt(string Subject, string AccountKey, RateLimitHit Account, string? AddressKey, string Address);
