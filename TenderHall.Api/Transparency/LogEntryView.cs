namespace TenderHall.Api.Transparency;

/// <summary>One leaf as served by <c>/transparency/entries</c>: its index and the exact leaf bytes (base64 in JSON).</summary>
public sealed record LogEntryView(long Index, byte[] Data);
