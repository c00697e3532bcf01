namespace TenderHall.Grains.Contracts.Supervision;

/// <summary>A signal to the electronic supervision system (电子监察): what, about what, why, under which rule.</summary>
[GenerateSerializer, Alias("th.SupervisionAlarm")]
public sealed class SupervisionAlarm
{
    /// <summary>Stable id; raising the same id twice records it once (timed checks may fire more than once).</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>Warning or alarm.</summary>
    [Id(1)] public AlarmSeverity Severity { get; set; }

    /// <summary>Rule or signal code, e.g. <c>BLR-22</c>, <c>LOG-TAMPERED</c>, <c>BLR-40-SAME-DEVICE</c>.</summary>
    [Id(2)] public string Code { get; set; } = "";

    /// <summary>What it is about, e.g. <c>tender/T-2026-0001</c>.</summary>
    [Id(3)] public string Subject { get; set; } = "";

    /// <summary>Plain-language description for the supervisor.</summary>
    [Id(4)] public string Message { get; set; } = "";

    /// <summary>Platform time it was raised.</summary>
    [Id(5)] public DateTimeOffset RaisedAt { get; set; }

    /// <summary>The supervisor (user name) who acknowledged it first, or null while nobody has.</summary>
    [Id(6)] public string? AcknowledgedBy { get; set; }

    /// <summary>Platform time of the first acknowledgement.</summary>
    [Id(7)] public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>Supervisors' notes, oldest first.</summary>
    [Id(8)] public List<AlarmNote> Notes { get; set; } = [];
}
