namespace TenderHall.Api.Award;

/// <summary>One record of a tender's archive before it is written into the manifest (GB/T 18894: metadata, fixity, provenance).</summary>
/// <param name="Path">Its path in the bundle.</param>
/// <param name="Title">Its title in Chinese.</param>
/// <param name="Category">
/// announcement, documents, clarifications, bid-receipt, opening-record, draw-record, draw-document, evaluation-report, publicity,
/// award-notice, result-notice, contract, written-report, certificate.
/// </param>
/// <param name="MediaType">IANA media type.</param>
/// <param name="Data">Its bytes.</param>
/// <param name="Event">The log event that names its SHA-256 (a bid receipt: that records its envelope), or null when only the manifest does.</param>
/// <param name="Field">That event's field holding the hash.</param>
/// <param name="LogIndex">That event's log index when it is known (a bid receipt's); otherwise the latest such event naming the hash.</param>
public sealed record ArchiveRecord(string Path, string Title, string Category, string MediaType, byte[] Data, string? Event = null, string? Field = null, long? LogIndex = null);
