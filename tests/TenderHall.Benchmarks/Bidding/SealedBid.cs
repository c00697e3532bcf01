using System.Net.Http.Headers;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>A bidder's envelope sealed to a file, with its SHA-256 signature and the bidder's bearer token.</summary>
public sealed record SealedBid(string BidderId, AuthenticationHeaderValue Token, string EnvelopePath, long Size, string EnvelopeSha256, string Signature);
