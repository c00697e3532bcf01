using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>
/// What the statutory deadline engine says of a schedule an agency is planning: the earliest legal dates not before
/// those proposed, the rule behind each limit, what the proposal breaks as it stands, and the holiday-notice days on the way.
/// </summary>
/// <param name="Regime">The law the schedule is counted under.</param>
/// <param name="SaleStart">The sale start (the documents are first issued then).</param>
/// <param name="SaleEnd">The earliest legal sale end not before the one proposed.</param>
/// <param name="BidDeadline">The earliest legal bid deadline not before the one proposed.</param>
/// <param name="Limits">Each limit with its rule, counted from <paramref name="SaleStart"/> and to <paramref name="BidDeadline"/>.</param>
/// <param name="Problems">What the proposal as given breaks; empty when it may be published as it is.</param>
/// <param name="Days">Holidays and make-up working days from the sale start to the bid deadline.</param>
public sealed record SchedulePreview(
    LegalRegime Regime,
    DateTimeOffset SaleStart,
    DateTimeOffset SaleEnd,
    DateTimeOffset BidDeadline,
    IReadOnlyList<ScheduleLimit> Limits,
    IReadOnlyList<ScheduleProblem> Problems,
    IReadOnlyList<NoticeDay> Days);
