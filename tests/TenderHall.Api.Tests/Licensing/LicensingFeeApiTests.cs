using System.Net.Http.Json;
using TenderHall.Api.Tests.Fees;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Licensing;

[Collection(PlatformCollection.Name)]
public sealed class LicensingFeeApiTests(PlatformFactory platform)
{
    private const string FeeName = "证照工本费";

    [Fact]
    public async Task A_licensing_fee_is_collected_for_a_case_at_its_published_standard_into_the_treasury_and_refunded_when_the_licence_is_refused()
    {
        var s = new LicensingScenario(platform);
        s.Fees.Add(new FeeItem { Name = FeeName, AmountYuan = 10m, LegalBasis = "财政部 国家发展改革委 行政事业性收费项目目录" });
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;
        using var officer = s.Officer;
        using var reviewer = s.Reviewer;
        using var chief = s.Chief;
        using var admin = platform.ClientAs(Roles.CentreAdmin);
        var number = (await s.Apply(applicant, Materials)).GetProperty("caseNumber").GetString()!;

        await Refused(await Order(officer, "L-NO-SUCH-CASE", s.ItemCode, 1_000, s.ApplicantOrg), "LIC-FEE-CASE");
        await Refused(await Order(officer, number, s.ItemCode, 1_500, s.ApplicantOrg), "FEE-STANDARD");
        var order = await Json(await Order(officer, number, s.ItemCode, 1_000, s.ApplicantOrg));
        Assert.Equal("Treasury", order.GetProperty("account").GetString());
        var id = order.GetProperty("id").GetString()!;
        var path = "/api/v1/fees/orders/" + Uri.EscapeDataString(id);

        using (var bank = new SimulatedBank(platform.DataDirectory))
        using (var anonymous = platform.ClientAs(null))
            await Json(await SimulatedBank.Send(anonymous, bank.Paid(id, 1_000, platform.Clock.GetUtcNow().AddMinutes(-5), "TX-" + number)));
        await Refused(await admin.PostAsJsonAsync($"{path}/refund", new { reason = "LicensingNotGranted" }), "FEE-REFUND-NOT-ALLOWED");

        var cases = $"/api/v1/licensing/cases/{number}";
        await Json(await officer.PostAsync($"{cases}/acceptance", null));
        await Json(await reviewer.PostAsJsonAsync($"{cases}/review", new { text = "不符合条件" }));
        await Json(await chief.PostAsJsonAsync($"{cases}/decision", new { grant = false, reason = "不符合法定条件" }));
        await Refused(await admin.PostAsJsonAsync($"{path}/refund", new { reason = "Terminated" }), "FEE-REFUND-NOT-ALLOWED");
        var refunded = await Json(await admin.PostAsJsonAsync($"{path}/refund", new { reason = "LicensingNotGranted" }));

        Assert.Equal("Refunded", refunded.GetProperty("status").GetString());
        Assert.Equal(1_000, refunded.GetProperty("refund").GetProperty("principalFen").GetInt64());
        Assert.Equal(0, refunded.GetProperty("refund").GetProperty("interestFen").GetInt64());
    }

    private static Task<HttpResponseMessage> Order(HttpClient officer, string caseNumber, string item, long amountFen, string payer) =>
        officer.PostAsJsonAsync("/api/v1/fees/orders", new { purpose = "LicensingFee", subjectId = caseNumber, amountFen, payerId = payer, licensingItemCode = item, feeName = FeeName });
}
