using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Grains.Supervision;

/// <summary>What a supervisor's acknowledgement of an alarm changes: the first acknowledges it, each new note is kept once.</summary>
public static class AlarmAcknowledgement
{
    /// <summary>Longest note kept.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>The note to add (empty text for a bare acknowledgement), or null when it changes nothing (already there).</summary>
    public static AlarmNote? Apply(SupervisionAlarm alarm, string supervisor, string? note, DateTimeOffset now)
    {
        var text = note?.Trim() ?? "";
        if (text.Length > MaxNoteLength) throw RuleViolationException.Of("REQ-FIELD", ("field", "note"), ("detail", $"at most {MaxNoteLength} characters"));
        var acknowledged = alarm.AcknowledgedBy is not null;
        if (acknowledged && (text.Length == 0 || alarm.Notes.Any(n => n.By == supervisor && n.Text == text))) return null;
        return new AlarmNote(supervisor, now, text);
    }

    /// <summary>Records <paramref name="note"/> on <paramref name="alarm"/>: the first acknowledgement, and the note when it has text.</summary>
    public static void Record(SupervisionAlarm alarm, AlarmNote note)
    {
        if (alarm.AcknowledgedBy is null)
        {
            alarm.AcknowledgedBy = note.By;
            alarm.AcknowledgedAt = note.At;
        }

        if (note.Text.Length > 0) alarm.Notes.Add(note);
    }
}
