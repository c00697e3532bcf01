using TenderHall.Grains.Contracts.Experts;

namespace TenderHall.Api.Experts;

/// <summary>The centre changes an expert's status.</summary>
/// <param name="Status">Active, Suspended or StruckOff.</param>
/// <param name="Reason">Why (kept in the status history).</param>
/// <param name="Until">End of a suspension; null for an open-ended one.</param>
public sealed record StatusRequest(ExpertStatus Status, string? Reason, DateTimeOffset? Until);

/// <summary>A period the expert cannot evaluate.</summary>
/// <param name="From">Start.</param>
/// <param name="To">End (exclusive).</param>
/// <param name="Reason">Why.</param>
public sealed record UnavailabilityRequest(DateTimeOffset From, DateTimeOffset To, string? Reason);

/// <summary>A penalty, or an appeal's grounds, or the centre's decision: one text.</summary>
/// <param name="Text">The reason, grounds or decision.</param>
public sealed record TextRequest(string? Text);

/// <summary>The centre's decision on an appeal.</summary>
/// <param name="Granted">True lifts the suspension.</param>
/// <param name="Decision">The reasons.</param>
public sealed record AppealDecisionRequest(bool Granted, string? Decision);

/// <summary>A rating after an evaluation, each item 1 (poor) to 5 (excellent).</summary>
/// <param name="TenderId">The evaluated tender.</param>
/// <param name="Attendance">Attendance; 1 also records an absence.</param>
/// <param name="Independence">Independence and impartiality.</param>
/// <param name="Quality">Quality of the work.</param>
public sealed record RatingRequest(string? TenderId, int Attendance, int Independence, int Quality);

/// <summary>A rejected import row, with its reason in the caller's language.</summary>
/// <param name="Row">Row number (the header is row 1).</param>
/// <param name="Id">The row's expert id.</param>
/// <param name="Rule">The rule the row breaks.</param>
/// <param name="Message">Why, in the request's language.</param>
public sealed record RejectionView(int Row, string Id, string Rule, string Message);

/// <summary>An import's outcome: all rows applied, or none with every rejected row.</summary>
/// <param name="ImportId">SHA-256 of the file.</param>
/// <param name="Rows">Data rows.</param>
/// <param name="Applied">Whether all rows were applied (false: none was).</param>
/// <param name="Entered">New experts.</param>
/// <param name="Updated">Updated experts.</param>
/// <param name="Rejected">Rejected rows.</param>
public sealed record ImportReportView(string ImportId, int Rows, bool Applied, int Entered, int Updated, IReadOnlyList<RejectionView> Rejected);
