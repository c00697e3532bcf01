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
        RequireLists(item);
        Require(item.Name, "name");
        Require(item.DepartmentId, "departmentId");
        Require(item.LegalBasis, "legalBasis");
        if (!Enum.IsDefined(item.Mode)) Fail("mode must be Immediate, Committed, Joint or CompositeWindow");
        if (item.Procedure.Count == 0) Fail("the procedure must be published (ALL 30)");
        if (item.Materials.Count == 0) Fail("the list of materials must be published (ALL 30)");
        if (item.Conditions.Count == 0) Fail("the conditions must be published (ALL 30)");
        if (string.IsNullOrWhiteSpace(item.Window) || item.Window.Length > 200) Fail("window (where to apply in person) is required, at most 200 characters");
        if (item.WindowId.Length > 0 && !ItemWindows.Receives(item, item.WindowId))
            Fail($"windowId '{item.WindowId}' does not receive the item: it is the deciding department's window, or one of a composite-window item's windows (ALL 26)");
        ValidatePlace(item);
        ValidateSamples(item);
        var max = item.Mode switch
        {
            LicensingMode.Immediate => 0,
            LicensingMode.Joint => JointMaxDays,
            _ => CommittedMaxDays,
        };
        if (item.Mode == LicensingMode.Immediate ? item.PromisedWorkingDays != 0 : item.PromisedWorkingDays is < 1 || item.PromisedWorkingDays > max)
            throw RuleViolationException.Of("LIC-ITEM-PROMISE", ("days", item.PromisedWorkingDays), ("mode", item.Mode), ("detail", item.Mode == LicensingMode.Immediate
                ? "an immediate item is decided on the spot and promises 0 working days (ALL 34)"
                : $"a {item.Mode} item promises 1-{max} working days (ALL 42)"));
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

    // Items the provincial government lets stay outside the centre are listed with the department that handles them on the network.
    private static void ValidatePlace(LicensingItem item)
    {
        if (item.OutsideCentre != !string.IsNullOrWhiteSpace(item.NetworkedDepartmentId))
            Fail("an item outside the centre names its networkedDepartmentId, and only such an item does");
    }

    // A body may say null where the text has a list; no list or entry of the text may be missing.
    private static void RequireLists(LicensingItem item)
    {
        IEnumerable<string?>[] texts = [item.Procedure, item.Conditions, item.Materials, item.CooperatingDepartmentIds];
        if (texts.Any(list => list is null || list.Any(string.IsNullOrWhiteSpace)) || item.Fees is null || item.Fees.Any(f => f is null)
            || item.SampleForms is null || item.SampleForms.Any(f => f is null) || item.DepartmentWorkingDays is null)
            Fail("every list of the text is present and none of its entries is empty");
    }

    private static void ValidateSamples(LicensingItem item)
    {
        foreach (var sample in item.SampleForms)
        {
            if (!item.Materials.Contains(sample.Material, StringComparer.Ordinal)) Fail($"the sample form '{sample.Material}' is not one of the materials");
            if (string.IsNullOrWhiteSpace(sample.FileName) || sample.FileName.Length > 200 || sample.FileName.IndexOfAny(['/', '\\', '"']) >= 0)
                Fail("a sample form's fileName has 1-200 characters, without / \\ or \"");
            sample.Sha256 = (sample.Sha256 ?? "").ToLowerInvariant();
            if (sample.Sha256.Length != 64 || !sample.Sha256.All(Uri.IsHexDigit)) Fail("a sample form's sha256 is the SHA-256 (64 hex digits) of an uploaded file");
        }
    }

    private static void Require(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) Fail($"{field} is required");
    }

    private static void Fail(string detail) => throw RuleViolationException.Of("LIC-ITEM", ("detail", detail));
}
