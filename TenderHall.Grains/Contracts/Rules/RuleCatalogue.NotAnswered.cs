namespace TenderHall.Grains.Contracts.Rules;

public static partial class RuleCatalogue
{
    private const string AwardStage = "reserved for the award stage (candidate publicity, award notice): not built yet";
    private const string ContractStage = "reserved for the contract stage: not built yet";
    private const string ComplaintStage = "reserved for challenges and complaints: not built yet";
    private const string RefundDueDate = "sets when a deposit refund is due; no request is refused";
    private const string DueDateOnly = "sets a due date; missing it raises a supervision alarm, no request is refused";

    /// <summary>
    /// Codes of the catalogue no request is answered with, and why: the deadline engine knows the periods of stages the
    /// platform does not run yet, and some periods only set due dates. docs/rules.md lists them apart.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NotAnswered { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BLR-54-PUBLISH"] = AwardStage,
        ["BLR-54"] = AwardStage,
        ["BLR-54-ANSWER"] = AwardStage,
        ["BL-47"] = AwardStage,
        ["BL-46"] = ContractStage,
        ["GPL-46"] = ContractStage,
        ["GPL-47"] = ContractStage,
        ["GPR-50"] = ContractStage,
        ["BLR-60"] = ComplaintStage,
        ["BLR-61-ACCEPT"] = ComplaintStage,
        ["BLR-61-DECIDE"] = ComplaintStage,
        ["GPL-52"] = ComplaintStage,
        ["GPL-55"] = ComplaintStage,
        ["GPL-56"] = ComplaintStage,
        ["BLR-22-ANSWER"] = DueDateOnly,
        ["GPL-53"] = DueDateOnly,
        ["BLR-35"] = RefundDueDate,
        ["BLR-57"] = RefundDueDate,
        ["GPM-38"] = RefundDueDate,
        ["GPR-38"] = RefundDueDate,
        ["CLOCK-SANDBOX"] = "refuses to start the platform (cluster profile with a sandbox clock); not an HTTP answer",
    };
}
