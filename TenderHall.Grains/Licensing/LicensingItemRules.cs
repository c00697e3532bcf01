using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Licensing;

/// <summary>What a publishable licensing item must say and the time limits the law allows it to promise.</summary>
public static class LicensingItemRules
{
    /// <summary>Longest promise for a single-department item without extension (ALL 42: 20 days).</summary>
    public const int CommittedMaxDays = 20;

    /// <summary>Longest promise for joint handling without extension (ALL 42: 45 days).</summary>
    public const int JointMaxDays = 45;

    /// <summary>Throws a rule violation naming the first problem.</summary>
    public static void Validate(LicensingItem item)
    {
        Require(item.Name, "name");
        Require(item.DepartmentId, "departmentId");
        Require(item.LegalBasis, "legalBasis");
        if (!Enum.IsDefined(item.Mode)) Fail("mode must be Immediate, Committed, Joint or CompositeWindow");
        if (item.Procedure.Count == 0) Fail("the procedure must be published (ALL 30)");
        if (item.Materials.Count == 0) Fail("the list of materials must be published (ALL 30)");
        var max = item.Mode switch
        {
            LicensingMode.Immediate => 0,
            LicensingMode.Joint => JointMaxDays,
            _ => CommittedMaxDays,
        };
        if (item.Mode == LicensingMode.Immediate ? item.PromisedWorkingDays != 0 : item.PromisedWorkingDays is < 1 || item.PromisedWorkingDays > max)
            Fail(item.Mode == LicensingMode.Immediate
                ? "an immediate item promises 0 days (ALL 34)"
                : $"the promised time limit must be 1-{max} days for {item.Mode} items (ALL 42)");
        if (item.Mode is LicensingMode.Joint or LicensingMode.CompositeWindow && item.CooperatingDepartmentIds.Count == 0)
            Fail("joint and composite-window items name the cooperating departments (ALL 26)");
        var departments = item.CooperatingDepartmentIds.Prepend(item.DepartmentId).ToList();
        foreach (var (department, days) in item.DepartmentWorkingDays)
        {
            if (item.Mode != LicensingMode.Joint || !departments.Contains(department, StringComparer.Ordinal))
                Fail($"departmentWorkingDays names the departments of a joint item; '{department}' is not one");
            if (days < 1 || days > item.PromisedWorkingDays) Fail($"the limit of {department} must be 1-{item.PromisedWorkingDays} days, within the whole (ALL 42)");
        }

        foreach (var fee in item.Fees)
        {
            if (string.IsNullOrWhiteSpace(fee.LegalBasis)) throw RuleViolationException.Of("LIC-FEE-BASIS", ("fee", fee.Name));
            if (fee.AmountYuan <= 0 || string.IsNullOrWhiteSpace(fee.Name)) Fail("a fee item has a name and a positive amount (ALL 59)");
        }
    }

    private static void Require(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) Fail($"{field} is required");
    }

    private static void Fail(string detail) => throw RuleViolationException.Of("LIC-ITEM", ("detail", detail));
}
