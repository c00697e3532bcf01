namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>
/// One event of the transparency log: what happened, to what, when, by whom, and its public fields. Confidential
/// content (bids, documents, identities protected by BL 22) is represented by its SHA-256, never by itself.
/// </summary>
[GenerateSerializer, Alias("th.LogEvent")]
public sealed class LogEvent
{
    /// <summary>Event type, dotted lowercase: <c>tender.announced</c>, <c>bid.received</c>, <c>draw.performed</c>.</summary>
    [Id(0)] public string Type { get; set; } = "";

    /// <summary>What the event is about: <c>tender/T-2026-0001</c>, <c>licensing/LC-...</c>.</summary>
    [Id(1)] public string Subject { get; set; } = "";

    /// <summary>Platform time of the event.</summary>
    [Id(2)] public DateTimeOffset At { get; set; }

    /// <summary>Who caused it: a user name, or <c>system</c> for timed transitions.</summary>
    [Id(3)] public string Actor { get; set; } = "";

    /// <summary>Public fields of the event, sorted by name so the canonical form is unique.</summary>
    [Id(4)] public SortedDictionary<string, string> Data { get; set; } = new(StringComparer.Ordinal);
}
