using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Grains.Projects;

/// <summary>
/// Values at or above which a project must be tendered (必须招标的工程项目规定 Art 5, unchecked source: kept as
/// configuration, section <c>TenderHall:MustTender</c>).
/// </summary>
public sealed class MustTenderThresholds
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:MustTender";

    /// <summary>Works: CNY 4 million.</summary>
    public long WorksFen { get; set; } = 400_000_000;

    /// <summary>Goods: CNY 2 million.</summary>
    public long GoodsFen { get; set; } = 200_000_000;

    /// <summary>Services: CNY 1 million.</summary>
    public long ServicesFen { get; set; } = 100_000_000;

    /// <summary>Whether a project of <paramref name="type"/> worth <paramref name="valueFen"/> must be tendered.</summary>
    public bool MustTender(ProjectType type, long valueFen) => valueFen >= type switch
    {
        ProjectType.Works => WorksFen,
        ProjectType.Goods => GoodsFen,
        _ => ServicesFen,
    };
}
