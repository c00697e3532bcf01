namespace TenderHall.Grains.Deadlines;

/// <summary>What a statutory period constrains; CC 201–203 count every one, but they are read in two ways (see domain-rules.md).</summary>
public enum PeriodShape
{
    /// <summary>
    /// A deadline that may fall on day N ("自…之日起至…之日止，最短不得少于N日"): the later act may take place at any time of the
    /// period's last day (rolled to the next working day when that is a rest day, CC 203). Gives an earliest instant: 00:00
    /// of that day.
    /// </summary>
    MinimumInterval,

    /// <summary>
    /// A window that must last N days ("发售期不得少于5日", "公示期不得少于3日"): it starts the day after it opens (CC 201) and runs
    /// to 24:00 of its last day, rolled to the next working day when that is a rest day (CC 203). Gives an earliest end:
    /// 24:00 of that day, so a sale opened on a Wednesday runs at least to Monday 24:00.
    /// </summary>
    MinimumDuration,

    /// <summary>An act must come at least N days before an anchor ("至少N日前", "N日前"): gives a cut-off.</summary>
    MinimumLeadTime,

    /// <summary>An act must be done within N days of an event ("N日内"): gives a cut-off at 24:00 of the last day.</summary>
    TimeLimit,
}
