using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Contracts.Hall;

/// <summary>
/// The hall board feed for the API and the Portal alike, read at most once per <see cref="Freshness"/>: every screen in the
/// hall polls it, so the grains are asked once for all of them.
/// </summary>
public sealed class HallBoard(IGrainFactory grains, PlatformClock clock)
{
    /// <summary>How long a board read is served again.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    // The tender statuses in which a draw may take place (after the deadline, before the result).
    private static readonly HashSet<TenderStatus> DrawStages = [TenderStatus.BidDeadlinePassed, TenderStatus.Opened, TenderStatus.Evaluating, TenderStatus.Suspended];

    // Nobody: the draw as the public sees it (no committee before the result, BL 37).
    private static readonly Actor Public = new("hall-board", null, [], null);

    private BoardView? last;

    /// <summary>The board now (a read younger than <see cref="Freshness"/> is served again).</summary>
    public async Task<BoardView> Current()
    {
        var now = clock.UtcNow;
        if (Volatile.Read(ref last) is { } board && now >= board.GeneratedAt && now - board.GeneratedAt < Freshness) return board;
        board = await Read(now);
        Volatile.Write(ref last, board);
        return board;
    }

    private async Task<BoardView> Read(DateTimeOffset now)
    {
        var today = BeijingTime.DateOf(now);
        var windows = await Task.WhenAll((await DirectoryIndexes.AllIds(grains, HallKeys.WindowsOf(today))).Select(w => Window(w, today)));
        // The performance index also holds departments that were only rated (a visited window): the board shows those with cases.
        var departments = (await Task.WhenAll((await DirectoryIndexes.AllIds(grains, PerformanceKeys.Departments)).Select(Department))).Where(d => d.ByStatus.Count > 0).ToList();
        var tenders = (await Task.WhenAll((await DirectoryIndexes.AllIds(grains, DirectoryIndexKeys.Announcements)).Select(id => grains.GetGrain<ITenderGrain>(id).Get())))
            .OfType<TenderView>().Where(t => t is { Schedule: not null } && t.Status != TenderStatus.Registered).ToList();
        var openings = tenders.Where(t => BeijingTime.DateOf(t.Schedule!.BidDeadline) == today)
            .Select(t => new BoardEvent(t.Id, t.Registration.Title, t.Schedule!.BidDeadline, t.Status.ToString())).OrderBy(e => e.At).ToList();
        var draws = (await Task.WhenAll(tenders.Where(t => DrawStages.Contains(t.Status)).Select(t => Draw(t, today)))).OfType<BoardEvent>().OrderBy(e => e.At).ToList();
        return new BoardView(today, now, windows, departments, openings, draws);
    }

    private async Task<BoardWindow> Window(string windowId, DateOnly today)
    {
        var queue = await grains.GetGrain<IWindowQueueGrain>(HallKeys.Queue(windowId, today)).Board();
        var org = await grains.GetGrain<IOrganizationGrain>(windowId).Get();
        return new BoardWindow(windowId, org?.NameZh ?? windowId, org?.NameEn ?? windowId,
            [.. queue.Calling.Select(t => new BoardCall(t.Code, t.Counter, t.CalledAt))], queue.WaitingRegular, queue.WaitingFastTrack);
    }

    private async Task<BoardDepartment> Department(string departmentId)
    {
        var figures = await grains.GetGrain<IPerformanceGrain>(departmentId).Figures(new PerformancePeriod(null, null));
        var org = await grains.GetGrain<IOrganizationGrain>(departmentId).Get();
        return new BoardDepartment(departmentId, org?.NameZh ?? departmentId, org?.NameEn ?? departmentId, figures.ByStatus);
    }

    // Only the draw's step and time leave the grain's public view: never a seat (BL 37).
    private async Task<BoardEvent?> Draw(TenderView tender, DateOnly today)
    {
        DrawView draw;
        try
        {
            draw = await grains.GetGrain<IExpertDrawGrain>(tender.Id).Get(Public);
        }
        catch (RuleViolationException e) when (e.Rule == "DRAW-STATE")
        {
            return null; // no draw requested for this tender
        }

        var at = draw.DrawnAt ?? draw.RequestedAt;
        return BeijingTime.DateOf(at) == today ? new BoardEvent(tender.Id, tender.Registration.Title, at, draw.Status.ToString()) : null;
    }
}
