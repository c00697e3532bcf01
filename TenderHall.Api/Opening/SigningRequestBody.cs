namespace TenderHall.Api.Opening;

/// <summary>Which signing key of the supervisor's organisation will sign the record.</summary>
/// <param name="KeyId">Key id; may be left out when the organisation has exactly one current signing key.</param>
public sealed record SigningRequestBody(string? KeyId);
