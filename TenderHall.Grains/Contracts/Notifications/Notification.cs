namespace TenderHall.Grains.Contracts.Notifications;

/// <summary>A message for an organisation, read by the Portal and by SMS and e-mail gateways.</summary>
[GenerateSerializer, Alias("th.Notification")]
public sealed class Notification
{
    /// <summary>Stable id; delivering the same id twice keeps one copy (timed work may repeat).</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>What it is about, e.g. <c>tender/T-…</c>.</summary>
    [Id(1)] public string Subject { get; set; } = "";

    /// <summary>Kind, e.g. <c>tender.clarified</c>, <c>tender.deadline-moved</c>.</summary>
    [Id(2)] public string Type { get; set; } = "";

    /// <summary>Chinese text.</summary>
    [Id(3)] public string TextZh { get; set; } = "";

    /// <summary>English text.</summary>
    [Id(4)] public string TextEn { get; set; } = "";

    /// <summary>When it was sent.</summary>
    [Id(5)] public DateTimeOffset At { get; set; }

    /// <summary>Position in the recipient's outbox, so gateways can resume after the last one they sent.</summary>
    [Id(6)] public long Sequence { get; set; }
}
