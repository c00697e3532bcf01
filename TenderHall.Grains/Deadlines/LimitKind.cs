namespace TenderHall.Grains.Deadlines;

/// <summary>Which side of a violation's limit is legal.</summary>
public enum LimitKind
{
    /// <summary>The act is legal at or after the limit.</summary>
    Earliest,

    /// <summary>The act is legal strictly before the limit (an exclusive cut-off, usually 24:00 Beijing).</summary>
    CutOff,
}
