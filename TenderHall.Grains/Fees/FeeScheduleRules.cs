using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Fees;

/// <summary>What a tender's published fee schedule must say.</summary>
public static class FeeScheduleRules
{
    /// <summary>Throws a rule violation naming the first problem.</summary>
    public static void Validate(FeeSchedule schedule)
    {
        if (!FeeOrderIds.IsPart(schedule.SubjectId)) Fail("the tender id is 1-100 visible characters without ':'");
        if (schedule.DocumentFeeFen is null && schedule.DepositFen is null) Fail("it charges neither a document fee nor a deposit");
        if (schedule.DocumentFeeFen is <= 0) Fail("a document fee is positive, or left out when the documents are free");
        if (string.IsNullOrWhiteSpace(schedule.Basis)) Fail("the basis of the charges must be published (ALL 59)");
        if (schedule.DepositFen is not { } deposit) return;
        if (deposit <= 0) Fail("a deposit is positive, or left out when none is asked");
        if (schedule.EstimatedPriceFen is not > 0) Fail("a deposit needs the estimated price it is capped by (BLR 26)");
        DepositRules.CheckCap(deposit, schedule.EstimatedPriceFen!.Value);
    }

    private static void Fail(string detail) => throw RuleViolationException.Of("FEE-SCHEDULE", ("detail", detail));
}
