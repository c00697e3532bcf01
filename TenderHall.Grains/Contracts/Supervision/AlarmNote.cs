namespace TenderHall.Grains.Contracts.Supervision;

/// <summary>A supervisor's note on an alarm: what was looked at or done about it.</summary>
[GenerateSerializer, Alias("th.AlarmNote")]
public sealed record AlarmNote([property: Id(0)] string By, [property: Id(1)] DateTimeOffset At, [property: Id(2)] string Text);
