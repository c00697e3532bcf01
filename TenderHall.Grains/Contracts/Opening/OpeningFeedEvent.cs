namespace TenderHall.Grains.Contracts.Opening;

/// <summary>One message of the live opening feed: who submitted (after the deadline), decryption progress, names and prices.</summary>
/// <param name="TenderId">Tender id.</param>
/// <param name="Type">Event type, e.g. <c>opening.bid-decrypted</c>.</param>
/// <param name="At">Platform time.</param>
/// <param name="Data">Public fields of the event.</param>
public sealed record OpeningFeedEvent(string TenderId, string Type, DateTimeOffset At, IReadOnlyDictionary<string, string> Data);
