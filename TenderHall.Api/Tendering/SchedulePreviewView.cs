using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Tendering;

/// <summary>The deadline engine's answer to a planned schedule (see <see cref="SchedulePreview"/>), its problems worded in the caller's language.</summary>
/// <param name="Regime">The law the schedule is counted under.</param>
/// <param name="SaleStart">The sale start.</param>
/// <param name="SaleEnd">The earliest legal sale end not before the one proposed.</param>
/// <param name="BidDeadline">The earliest legal bid deadline not before the one proposed.</param>
/// <param name="Limits">Each limit and the rule that sets it.</param>
/// <param name="Problems">What the proposal as given breaks, as a publication would be refused; empty when it may be published.</param>
/// <param name="Days">Holidays and make-up working days from the sale start to the bid deadline.</param>
public sealed record SchedulePreviewView(
    LegalRegime Regime,
    DateTimeOffset SaleStart,
    DateTimeOffset SaleEnd,
    DateTimeOffset BidDeadline,
    IReadOnlyList<ScheduleLimit> Limits,
    IReadOnlyList<ScheduleProblemView> Problems,
    IReadOnlyList<NoticeDay> Days);
