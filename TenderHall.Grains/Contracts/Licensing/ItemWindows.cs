namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>
/// Which hall windows receive an item (ALL 26: one window receives and delivers), by the one key every part of the hall uses
/// for a window — the organisation that staffs it: the queue, the item, the case, the board and the performance figures.
/// </summary>
public static class ItemWindows
{
    /// <summary>The windows that may receive <paramref name="item"/>: a composite-window item's composite windows, else the deciding department's own.</summary>
    public static IReadOnlyList<string> Receiving(LicensingItem item) =>
        item.Mode == LicensingMode.CompositeWindow ? item.CooperatingDepartmentIds : [item.DepartmentId];

    /// <summary>Whether window <paramref name="windowId"/> receives <paramref name="item"/>.</summary>
    public static bool Receives(LicensingItem item, string windowId) => Receiving(item).Contains(windowId, StringComparer.Ordinal);

    /// <summary>
    /// The item's window as its guide names it: <see cref="LicensingItem.WindowId"/>, or for an item stored before windows had
    /// keys the first window that receives it (the deciding department's own, or the first composite window).
    /// </summary>
    public static string Of(LicensingItem item) => item.WindowId is { Length: > 0 } key ? key : Receiving(item) is [var first, ..] ? first : item.DepartmentId;
}
