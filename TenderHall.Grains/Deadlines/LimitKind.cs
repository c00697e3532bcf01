namespace TenderHall.Grains.Deadlines;

/// <summary>Which side of a violation's limit is legal.</summary>
public enum LimitKind
{
    /// <summary>The act is legal at or after the limit.</summary>
    Earliest,

    /// <summary>The end of a window that must last N days is legal at or after the limit, 24:00 Beijing of the window's last day.</summary>
    EarliestEnd,

    /// <summary>The act is legal strictly before the limit (an exclusive cut-off, usually 24:00 Beijing).</summary>
    CutOff,
}
