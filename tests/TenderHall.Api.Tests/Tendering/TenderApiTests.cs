using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Tendering;

[Collection(PlatformCollection.Name)]
public sealed class TenderApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_tender_is_registered_published_and_found_by_anyone()
    {
        var s = new TenderScenario(platform);
        var id = await s.Register();
        using (var hidden = await s.Anonymous.GetAsync($"/api/v1/tenders/{id}"))
            await ProblemAssert.IsRule(hidden, HttpStatusCode.NotFound, "TENDER-NOT-FOUND");

        var published = await s.Publish();
        Assert.Equal("Announced", published.GetProperty("status").GetString());
        var list = await TenderScenario.Read(await s.Anonymous.GetAsync("/api/v1/tenders?q=" + Uri.EscapeDataString(s.ProjectCode)));
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        var project = await TenderScenario.Read(await s.Anonymous.GetAsync($"/api/v1/projects/{s.ProjectCode}"));
        Assert.Contains(id, project.GetProperty("tenders").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task An_illegal_schedule_is_refused_with_the_rule_and_the_earliest_legal_date()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        var sha = await s.Upload("文件"u8.ToArray());
        var now = s.Now;
        using var response = await s.Agency.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/publish", new
        {
            saleStart = now.AddMinutes(1), saleEnd = now.AddDays(8), bidDeadline = now.AddDays(15), announcement = "公告", documentSha256 = sha, custody = s.Custody,
        });
        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "BL-24");
        Assert.True(problem.GetProperty("values").TryGetProperty("earliest", out _));
        Assert.Equal("Registered", (await TenderScenario.Read(await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_registration_against_the_scheme_is_refused_and_reported_to_supervision()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        using var response = await s.Agency.PostAsJsonAsync("/api/v1/tenders", new
        {
            projectCode = s.ProjectCode, lot = "一标段", title = "邀请招标", method = "Invited", organisation = "Agency",
            estimatedPriceFen = 4_000_000_000, depositFen = 0, documentFeeFen = 0,
        });
        await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "BLR-7-SCHEME");
        var day = s.Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var alarms = await TenderScenario.Read(await s.Supervisor.GetAsync($"/api/v1/supervision/alarms?day={day}"));
        Assert.Contains(alarms.EnumerateArray(), a => a.GetProperty("code").GetString() == "BLR-7" && a.GetProperty("message").GetString()!.Contains(s.ProjectCode));
    }

    [Fact]
    public async Task Documents_are_downloaded_only_after_payment_and_who_downloaded_is_for_supervisors_only()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        var documents = "第一章 招标公告 … 第八章 投标文件格式"u8.ToArray();
        await s.Publish(documents: documents);
        var bidder = s.Bidder("bidder-dl-" + Guid.NewGuid().ToString("N")[..4]);

        using (var unpaid = await bidder.GetAsync($"/api/v1/tenders/{s.TenderId}/documents"))
            await ProblemAssert.IsRule(unpaid, HttpStatusCode.Forbidden, "TENDER-HOLDER");

        var bidderId = (await TenderScenario.Read(await bidder.GetAsync("/api/v1/auth/me"))).GetProperty("organizationId").GetString()!;
        await s.BuyDocuments(bidderId);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/tenders/{s.TenderId}/documents");
        request.Headers.Add("X-Device-Fingerprint", "fp-1234");
        using var download = await bidder.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(documents, await download.Content.ReadAsByteArrayAsync());

        var downloads = await TenderScenario.Read(await s.Supervisor.GetAsync($"/api/v1/tenders/{s.TenderId}/downloads"));
        var record = Assert.Single(downloads.EnumerateArray());
        Assert.Equal(bidderId, record.GetProperty("bidderId").GetString());
        Assert.Equal("fp-1234", record.GetProperty("deviceFingerprint").GetString());
        using var agencyLook = await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}/downloads");
        await ProblemAssert.IsRule(agencyLook, HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        var publicView = await (await s.Anonymous.GetAsync($"/api/v1/tenders/{s.TenderId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(bidderId, publicView);
    }

    [Fact]
    public async Task An_objection_pauses_the_tender_until_the_agency_answers_and_the_objector_is_told()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var bidderId = "bidder-ob-" + Guid.NewGuid().ToString("N")[..4];
        await s.BuyDocuments(bidderId);
        var bidder = s.Bidder(bidderId);

        var objection = await TenderScenario.Read(await bidder.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/objections", new { text = "资格条件以特定行业业绩为加分条件，排斥潜在投标人" }));
        Assert.Equal("Suspended", (await s.Tender()).GetProperty("status").GetString());
        // BL 22: the public record of the pause does not say who objected.
        var publicView = await (await s.Anonymous.GetAsync($"/api/v1/tenders/{s.TenderId}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(bidderId, publicView);
        Assert.DoesNotContain("user-" + bidderId, publicView);
        using (var tooEarly = await s.Supervisor.PostAsync($"/api/v1/tenders/{s.TenderId}/resume", null))
            await ProblemAssert.IsRule(tooEarly, HttpStatusCode.Conflict, "TENDER-STATE");

        TenderScenario.Ok(await s.Agency.PostAsJsonAsync(
            $"/api/v1/tenders/{s.TenderId}/objections/{objection.GetProperty("id").GetString()}/answer", new { text = "已删除该加分条件，见第1号澄清" }));
        Assert.Equal("DocumentsOnSale", (await s.Tender()).GetProperty("status").GetString());
        var inbox = await TenderScenario.Read(await bidder.GetAsync("/api/v1/notifications"));
        Assert.Contains(inbox.EnumerateArray(), n => n.GetProperty("type").GetString() == "tender.objection-answered");
    }

    [Fact]
    public async Task A_late_clarification_moves_the_deadline_and_notifies_every_holder()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish(deadlineDays: 30);
        var holder = "bidder-cl-" + Guid.NewGuid().ToString("N")[..4];
        await s.BuyDocuments(holder);
        var before = (await s.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        s.Advance(before - s.Now - TimeSpan.FromDays(10));

        var clarification = await TenderScenario.Read(await s.Agency.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/clarifications",
            new { answers = Array.Empty<int>(), text = "更正工程量清单第3项", amendmentSha256 = await s.Upload("修改后的招标文件"u8.ToArray()) }));
        var moved = clarification.GetProperty("movedDeadlineTo").GetDateTimeOffset();
        Assert.True(moved > before);
        Assert.Equal(moved, (await s.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset());
        var inbox = await TenderScenario.Read(await s.Bidder(holder).GetAsync("/api/v1/notifications"));
        Assert.Contains(inbox.EnumerateArray(), n => n.GetProperty("type").GetString() == "tender.clarified" && n.GetProperty("textZh").GetString()!.Contains("顺延"));
    }

    [Fact]
    public async Task Terminating_refunds_document_fees_and_closes_the_tender()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var holder = "bidder-tm-" + Guid.NewGuid().ToString("N")[..4];
        await s.BuyDocuments(holder);

        TenderScenario.Ok(await s.Agency.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/terminate", new { text = "项目资金未落实" }));
        var tender = await s.Tender();
        Assert.Equal("Terminated", tender.GetProperty("status").GetString());
        Assert.Equal("Cancelled", tender.GetProperty("ocdsStatus").GetString());
        var order = await TenderScenario.Read(await s.Bidder(holder).GetAsync($"/api/v1/fees/orders/doc:{s.TenderId}:{holder}"));
        Assert.Equal("Refunded", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Documents_cannot_be_ordered_outside_the_sale_window()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        using var response = await s.Bidder("bidder-early").PostAsJsonAsync("/api/v1/fees/orders", new { purpose = "DocumentFee", subjectId = s.TenderId, amountFen = 30_000 });
        await ProblemAssert.IsRule(response, HttpStatusCode.Conflict, "BLR-16-WINDOW");
    }
}
