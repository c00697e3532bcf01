namespace TenderHall.Grains.Contracts.Supervision;

/// <summary>How urgent a supervision signal is (seed: 预警 before a deadline, 报警 after it).</summary>
public enum AlarmSeverity
{
    /// <summary>预警: a deadline is near, or a pattern is worth a look.</summary>
    Warning = 1,

    /// <summary>报警: a deadline passed or a rule was broken; a supervisor must act.</summary>
    Alarm = 2,
}
