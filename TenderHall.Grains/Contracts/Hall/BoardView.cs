using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Grains.Contracts.Hall;

/// <summary>
/// What the hall's big screen and touch terminals show: only what is already public. Numbers called (no names), cases counted
/// by status (no case numbers), today's openings and draws by tender and time (no bidders or their count, BL 22; no committee, BL 37).
/// </summary>
/// <param name="Date">The Beijing day.</param>
/// <param name="GeneratedAt">When the board was read (it is cached briefly).</param>
/// <param name="Windows">The windows that gave out tickets today, with their queues.</param>
/// <param name="Departments">Each department's cases by status.</param>
/// <param name="Openings">Today's tender openings (at the bid deadline, BL 34).</param>
/// <param name="Draws">Today's expert draws.</param>
public sealed record BoardView(
    DateOnly Date,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<BoardWindow> Windows,
    IReadOnlyList<BoardDepartment> Departments,
    IReadOnlyList<BoardEvent> Openings,
    IReadOnlyList<BoardEvent> Draws);

/// <summary>A window on the board.</summary>
/// <param name="WindowId">The window.</param>
/// <param name="NameZh">Its name in Chinese.</param>
/// <param name="NameEn">Its name in English.</param>
/// <param name="Calling">Numbers now called, with their counters, the latest first.</param>
/// <param name="WaitingRegular">Regular tickets waiting.</param>
/// <param name="WaitingFastTrack">Fast-track tickets waiting (特事特办, called first).</param>
public sealed record BoardWindow(string WindowId, string NameZh, string NameEn, IReadOnlyList<BoardCall> Calling, int WaitingRegular, int WaitingFastTrack);

/// <summary>A number being called.</summary>
/// <param name="Code">The ticket code, e.g. <c>A012</c>.</param>
/// <param name="Counter">The counter to go to.</param>
/// <param name="CalledAt">When it was (last) called.</param>
public sealed record BoardCall(string Code, string? Counter, DateTimeOffset? CalledAt);

/// <summary>A department's cases on the board.</summary>
/// <param name="DepartmentId">The department.</param>
/// <param name="NameZh">Its name in Chinese.</param>
/// <param name="NameEn">Its name in English.</param>
/// <param name="ByStatus">How many of its cases stand at each status.</param>
public sealed record BoardDepartment(string DepartmentId, string NameZh, string NameEn, IReadOnlyDictionary<CaseStatus, int> ByStatus);

/// <summary>An opening or a draw of the day.</summary>
/// <param name="TenderId">The tender.</param>
/// <param name="Title">Its public title.</param>
/// <param name="At">When (the bid deadline for an opening; the draw's time, else its request).</param>
/// <param name="Status">The tender's status for an opening, the draw's for a draw.</param>
public sealed record BoardEvent(string TenderId, string Title, DateTimeOffset At, string Status);
