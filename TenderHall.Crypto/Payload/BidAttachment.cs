namespace TenderHall.Crypto.Payload;

/// <summary>An attachment's entry in the payload: name, length and SHA-256 of its content.</summary>
/// <param name="Name">File name as given by the bidder (UTF-8, at most 65535 bytes).</param>
/// <param name="Length">Content length in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, checked when read.</param>
public sealed record BidAttachment(string Name, long Length, byte[] Sha256);
