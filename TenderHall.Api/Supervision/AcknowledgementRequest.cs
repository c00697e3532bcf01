namespace TenderHall.Api.Supervision;

/// <summary>A supervisor's acknowledgement of an alarm.</summary>
/// <param name="Day">The day the alarm was raised (yyyy-MM-dd, Beijing time): the inbox that holds it.</param>
/// <param name="AlarmId">The alarm's id, as the inbox lists it.</param>
/// <param name="Note">What the supervisor looked at or did (optional; at most 2000 characters).</param>
public sealed record AcknowledgementRequest(string? Day, string? AlarmId, string? Note);
