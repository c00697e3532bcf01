namespace TenderHall.Grains.Deadlines;

/// <summary>What a statutory period constrains.</summary>
public enum PeriodShape
{
    /// <summary>A later act must come at least N days after an event ("不得少于", "最短不得少于"): gives an earliest instant.</summary>
    MinimumInterval,

    /// <summary>An act must come at least N days before an anchor ("至少N日前", "N日前"): gives a cut-off.</summary>
    MinimumLeadTime,

    /// <summary>An act must be done within N days of an event ("N日内"): gives a cut-off.</summary>
    TimeLimit,
}
