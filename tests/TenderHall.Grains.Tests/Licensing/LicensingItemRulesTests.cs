using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Licensing;

namespace TenderHall.Grains.Tests.Licensing;

public sealed class LicensingItemRulesTests
{
    private static LicensingItem Item(LicensingMode mode, int days, params string[] cooperating) => new()
    {
        Code = "LIC-1", Name = "施工许可", DepartmentId = "dept-housing", Mode = mode, LegalBasis = "建筑法 第七条", Window = "3号窗口",
        Conditions = ["已依法确定施工企业"], Procedure = ["受理", "决定"], Materials = ["申请表"], PromisedWorkingDays = days, CooperatingDepartmentIds = [.. cooperating],
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
        else Assert.Equal("LIC-ITEM-PROMISE", Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(item)).Rule);
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

    [Fact]
    public void Items_that_hide_their_conditions_or_window_are_refused()
    {
        var noConditions = Item(LicensingMode.Committed, 10);
        noConditions.Conditions.Clear();
        Assert.Contains("conditions", Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(noConditions)).Args["detail"]);
        var noWindow = Item(LicensingMode.Committed, 10);
        noWindow.Window = " ";
        Assert.Contains("window", Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(noWindow)).Args["detail"]);
    }

    [Fact]
    public void A_sample_form_belongs_to_a_published_material_and_names_its_file_by_SHA_256()
    {
        var item = Item(LicensingMode.Committed, 10);
        item.SampleForms.Add(new SampleForm { Material = "申请表", Sha256 = new string('A', 64), FileName = "申请表.pdf" });
        LicensingItemRules.Validate(item);
        Assert.Equal(new string('a', 64), item.SampleForms[0].Sha256);

        item.SampleForms[0].Material = "营业执照";
        Assert.Contains("not one of the materials", Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(item)).Args["detail"]);
        item.SampleForms[0] = new SampleForm { Material = "申请表", Sha256 = "abc", FileName = "申请表.pdf" };
        Assert.Contains("SHA-256", Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(item)).Args["detail"]);
        item.SampleForms[0] = new SampleForm { Material = "申请表", Sha256 = new string('a', 64), FileName = "../申请表.pdf" };
        Assert.Contains("fileName", Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(item)).Args["detail"]);
    }

    [Fact]
    public void An_item_outside_the_centre_names_its_networked_department_and_only_such_an_item_does()
    {
        var outside = Item(LicensingMode.Committed, 10);
        outside.OutsideCentre = true;
        Assert.Contains("networkedDepartmentId", Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(outside)).Args["detail"]);
        outside.NetworkedDepartmentId = "dept-ecology";
        LicensingItemRules.Validate(outside);
        outside.OutsideCentre = false;
        Assert.Contains("networkedDepartmentId", Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(outside)).Args["detail"]);
    }
}
