namespace TenderHall.Api.Bidding;

/// <summary>Start of a resumable upload.</summary>
/// <param name="Size">Total envelope size in bytes.</param>
public sealed record UploadRequest(long Size);
