namespace TenderHall.Grains.Licensing.Cases;

/// <summary>A stop of the decision clock (ALL 45): the working days after <see cref="StoppedOn"/> up to <see cref="RestartedOn"/> are not counted.</summary>
public sealed class ClockStop
{
    /// <summary>The Beijing date of the written notice; that day still counts.</summary>
    public DateOnly StoppedOn { get; set; }

    /// <summary>The Beijing date the clock restarted; counting resumes the day after (CC 201). Null while stopped.</summary>
    public DateOnly? RestartedOn { get; set; }

    /// <summary>Why (hearing, testing, expert review).</summary>
    public string Reason { get; set; } = "";

    /// <summary>Whether <paramref name="day"/> falls in the stop.</summary>
    public bool Covers(DateOnly day) => day > StoppedOn && (RestartedOn is null || day <= RestartedOn);
}
