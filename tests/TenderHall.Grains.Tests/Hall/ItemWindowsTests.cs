using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Licensing;

namespace TenderHall.Grains.Tests.Hall;

/// <summary>One key per window: the item names the window that receives it by the key the queue, the case and the figures use.</summary>
public sealed class ItemWindowsTests
{
    private static LicensingItem Item(LicensingMode mode, string windowId, params string[] cooperating) => new()
    {
        Code = "LIC-1", Name = "施工许可", DepartmentId = "dept-transport", Mode = mode, LegalBasis = "公路法", Window = "C区 综合窗口", WindowId = windowId,
        Conditions = ["已依法确定施工企业"], Procedure = ["受理", "决定"], Materials = ["申请表"], PromisedWorkingDays = mode == LicensingMode.Immediate ? 0 : 10,
        CooperatingDepartmentIds = [.. cooperating],
    };

    [Fact]
    public void A_composite_window_item_is_received_at_its_composite_windows_only_and_any_other_item_at_its_department()
    {
        var composite = Item(LicensingMode.CompositeWindow, "", "dept-composite", "dept-county");
        Assert.Equal(["dept-composite", "dept-county"], ItemWindows.Receiving(composite));
        Assert.False(ItemWindows.Receives(composite, "dept-transport"));
        Assert.True(ItemWindows.Receives(Item(LicensingMode.Joint, "", "dept-land"), "dept-transport"));
        Assert.False(ItemWindows.Receives(Item(LicensingMode.Joint, "", "dept-land"), "dept-land"));
    }

    [Fact]
    public void An_item_stored_before_windows_had_keys_reads_as_its_first_receiving_window()
    {
        Assert.Equal("dept-transport", ItemWindows.Of(Item(LicensingMode.Committed, "")));
        Assert.Equal("dept-composite", ItemWindows.Of(Item(LicensingMode.CompositeWindow, "", "dept-composite", "dept-county")));
        Assert.Equal("dept-county", ItemWindows.Of(Item(LicensingMode.CompositeWindow, "dept-county", "dept-composite", "dept-county")));
    }

    [Fact]
    public void An_item_naming_a_window_that_does_not_receive_it_is_refused_under_ALL_26()
    {
        LicensingItemRules.Validate(Item(LicensingMode.CompositeWindow, "dept-county", "dept-composite", "dept-county"));
        LicensingItemRules.Validate(Item(LicensingMode.Committed, "dept-transport"));
        foreach (var wrong in new[] { Item(LicensingMode.Committed, "dept-housing"), Item(LicensingMode.CompositeWindow, "dept-transport", "dept-composite") })
        {
            var error = Assert.Throws<RuleViolationException>(() => LicensingItemRules.Validate(wrong));
            Assert.Equal("LIC-ITEM", error.Rule);
            Assert.Contains("ALL 26", error.Args["detail"]);
        }
    }
}
