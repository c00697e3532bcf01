using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Licensing;

namespace TenderHall.Grains.Tests.Licensing;

public sealed class LicensingItemRulesTests
{
    private static LicensingItem Item(LicensingMode mode, int days, params string[] cooperating) => new()
    {
        Code = "LIC-1", Name = "施工许可", DepartmentId = "dept-housing", Mode = mode, LegalBasis = "建筑法 第七条",
        Procedure = ["受理", "决定"], Materials = ["申请表"], PromisedWorkingDays = days, CooperatingDepartmentIds = [.. cooperating],
    };

    [Theory]
    [InlineData(LicensingMode.Immediate, 0, true)]   // ALL 34: on the spot
    [InlineData(LicensingMode.Immediate, 1, false)]
    [InlineData(LicensingMode.Committed, 20, true)]  // ALL 42: 20 days
    [InlineData(LicensingMode.Committed, 21, false)]
    [InlineData(LicensingMode.Committed, 0, false)]
    [InlineData(LicensingMode.Joint, 45, true)]      // ALL 42: 45 days for joint handling
    [InlineData(LicensingMode.Joint, 46, false)]
    [InlineData(LicensingMode.CompositeWindow, 20, true)]
    [InlineData(LicensingMode.CompositeWindow, 21, false)]
    public void Promised_time_limits_follow_ALL_34_and_42(LicensingMode mode, int days, bool legal)
    {
        var item = Item(mode, days, mode is LicensingMode.Joint or LicensingMode.CompositeWindow ? ["dept-land"] : []);
        if (legal) LicensingItemRules.Validate(item);
        else Assert.Equal("LIC-ITEM", Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(item)).Rule);
    }

    [Fact]
    public void A_joint_item_without_cooperating_departments_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(Item(LicensingMode.Joint, 30)));
        Assert.Contains("ALL 26", error.Args["detail"]);
    }

    [Fact]
    public void A_fee_without_legal_basis_is_refused_under_ALL_58()
    {
        var item = Item(LicensingMode.Committed, 10);
        item.Fees.Add(new FeeItem { Name = "工本费", AmountYuan = 10 });
        var error = Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(item));
        Assert.Equal("LIC-FEE-BASIS", error.Rule);
        Assert.Equal("工本费", error.Args["fee"]);
    }

    [Fact]
    public void Items_that_hide_their_procedure_or_materials_are_refused_under_ALL_30()
    {
        var noProcedure = Item(LicensingMode.Committed, 10);
        noProcedure.Procedure.Clear();
        Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(noProcedure));
        var noMaterials = Item(LicensingMode.Committed, 10);
        noMaterials.Materials.Clear();
        Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(noMaterials));
    }
}
