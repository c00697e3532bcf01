using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Fees;

/// <summary>
/// When a deposit refund is due, counted by the Civil Code (CC 201–203) on the holiday calendar: 5 days under the
/// Bidding Law (BLR 35, 57), 5 working days in government procurement (GPR 38; Order 87 Art 38 for a withdrawal).
/// </summary>
public sealed class RefundDeadlines(DeadlineCalculator calculator, StatutoryPeriods periods)
{
    /// <summary>The last day a refund for <paramref name="reason"/> after <paramref name="eventAt"/> is in time, or null when no period runs.</summary>
    public DateOnly? DueBy(LegalRegime regime, RefundReason reason, DateTimeOffset eventAt)
    {
        var id = reason switch
        {
            RefundReason.Withdrawal => PeriodId.DepositRefundOnWithdrawal,
            RefundReason.ContractSigned => PeriodId.DepositRefundAfterContract,
            _ => (PeriodId?)null,
        };
        var ruleSet = regime == LegalRegime.GovernmentProcurement ? RuleSet.GovernmentProcurement : RuleSet.Engineering;
        return id is { } period ? calculator.LastDay(eventAt, periods.Get(ruleSet, period)) : null;
    }
}
