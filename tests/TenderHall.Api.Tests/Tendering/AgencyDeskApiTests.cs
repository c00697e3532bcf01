using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Tendering;

/// <summary>What the agency's pages read: the deadline engine's previews, the questions without their askers, its tenders' fees.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AgencyDeskApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task The_earliest_schedule_the_preview_offers_is_one_publication_accepts()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        var saleStart = s.Now.AddMinutes(1);

        var preview = await TenderScenario.Read(await s.Agency.PostAsJsonAsync("/api/v1/tenders/schedule-preview", new { regime = "Engineering", saleStart }));
        var rules = preview.GetProperty("limits").EnumerateArray().Select(l => l.GetProperty("rule").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "BLR-16", "BL-24", "BLR-22", "BL-23" }, rules.ToHashSet());
        Assert.Empty(preview.GetProperty("problems").EnumerateArray());

        var published = await TenderScenario.Read(await s.TryPublish(preview.GetProperty("saleEnd").GetDateTimeOffset(), preview.GetProperty("bidDeadline").GetDateTimeOffset()));
        Assert.Equal(preview.GetProperty("bidDeadline").GetDateTimeOffset(), published.GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_deadline_too_early_is_worded_as_its_publication_would_be_refused_in_the_callers_language()
    {
        var s = new TenderScenario(platform);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tenders/schedule-preview")
        {
            Content = JsonContent.Create(new { regime = "Engineering", saleStart = s.Now.AddMinutes(1), bidDeadline = s.Now.AddDays(3) }),
        };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var preview = await TenderScenario.Read(await s.Agency.SendAsync(request));

        var problem = Assert.Single(preview.GetProperty("problems").EnumerateArray(), p => p.GetProperty("rule").GetString() == "BL-24");
        Assert.Equal("bidDeadline", problem.GetProperty("field").GetString());
        Assert.Contains("最早可设为北京时间", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("BL 24", problem.GetProperty("source").GetString(), StringComparison.Ordinal);
        // The earliest legal deadline offered instead is the one the problem names (day 20 from the sale start, CC 201).
        var limit = Assert.Single(preview.GetProperty("limits").EnumerateArray(), l => l.GetProperty("rule").GetString() == "BL-24");
        Assert.Equal(limit.GetProperty("shown").GetString(), problem.GetProperty("values").GetProperty("earliest").GetString());
        Assert.True(preview.GetProperty("bidDeadline").GetDateTimeOffset() >= limit.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_preview_without_its_law_or_beyond_the_loaded_calendars_is_refused_by_rule()
    {
        var agency = platform.ClientAs(Roles.Agency, "agency-preview", "agent");

        await ProblemAssert.IsRule(await agency.PostAsJsonAsync("/api/v1/tenders/schedule-preview", new { saleStart = "2025-03-03T09:00:00+08:00" }),
            HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        await ProblemAssert.IsRule(await agency.PostAsJsonAsync("/api/v1/tenders/schedule-preview", new { regime = "Engineering", saleStart = "2031-03-03T09:00:00+08:00" }),
            HttpStatusCode.Conflict, "CAL-YEAR-MISSING");
        await ProblemAssert.IsRule(await agency.PostAsJsonAsync("/api/v1/tenders/schedule-preview", new { regime = "Engineering", bidDeadline = "9999-12-31T23:59:59+00:00" }),
            HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        await ProblemAssert.IsRule(await agency.PostAsJsonAsync("/api/v1/tenders/schedule-preview", new { regime = 7 }),
            HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
    }

    [Fact]
    public async Task The_clarification_preview_is_for_the_agency_of_a_published_tender_and_says_whether_the_deadline_moves()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        var url = $"/api/v1/tenders/{s.TenderId}/clarification-preview";
        await ProblemAssert.IsRule(await s.Agency.GetAsync(url), HttpStatusCode.Conflict, "TENDER-STATE");
        await s.Publish();

        var preview = await TenderScenario.Read(await s.Agency.GetAsync(url));

        Assert.Equal(JsonValueKind.Null, preview.GetProperty("movedTo").ValueKind);
        Assert.Equal(("BL-23", 15, "CalendarDays"), (preview.GetProperty("limit").GetProperty("rule").GetString(), preview.GetProperty("limit").GetProperty("days").GetInt32(),
            preview.GetProperty("limit").GetProperty("unit").GetString()));
        Assert.Equal((await s.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset(), preview.GetProperty("bidDeadline").GetDateTimeOffset());
        await ProblemAssert.IsRule(await platform.ClientAs(Roles.Agency, "agency-other", "other").GetAsync(url), HttpStatusCode.Forbidden, "TENDER-OWNER");
    }

    [Fact]
    public async Task The_agency_reads_the_questions_without_who_asked_and_no_other_agency_reads_them()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var asker = "bidder-q-" + s.AgencyId[7..];
        await s.BuyDocuments(asker);
        TenderScenario.Ok(await s.Bidder(asker).PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/questions", new { text = "第三章是否允许联合体投标？" }));

        var response = await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}/questions");
        var body = await response.Content.ReadAsStringAsync();

        var question = Assert.Single((await TenderScenario.Read(response)).EnumerateArray());
        Assert.Equal((1, "第三章是否允许联合体投标？"), (question.GetProperty("number").GetInt32(), question.GetProperty("text").GetString()));
        Assert.DoesNotContain(asker, body, StringComparison.Ordinal);
        await ProblemAssert.IsRule(await platform.ClientAs(Roles.Agency, "agency-other", "other").GetAsync($"/api/v1/tenders/{s.TenderId}/questions"),
            HttpStatusCode.Forbidden, "TENDER-OWNER");
    }

    [Fact]
    public async Task A_tenders_fees_reach_its_agency_in_sums_only_after_it_ends_before_its_deadline_never()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var buyer = "bidder-fee-" + s.AgencyId[7..];
        await s.BuyDocuments(buyer);
        var url = $"/api/v1/fees/tenders/{s.TenderId}/summary";

        // BL 22: before the deadline the sums would tell how many obtained the documents.
        await ProblemAssert.IsRule(await s.Agency.GetAsync(url), HttpStatusCode.Conflict, "FEE-TENDER-SECRET");
        TenderScenario.Ok(await s.Agency.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/terminate", new { text = "资金未落实" }));
        await ProblemAssert.IsRule(await platform.ClientAs(Roles.Agency, "agency-other", "other").GetAsync(url), HttpStatusCode.Forbidden, "TENDER-OWNER");

        var response = await s.Agency.GetAsync(url);
        Assert.DoesNotContain(buyer, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var line = Assert.Single((await TenderScenario.Read(response)).GetProperty("lines").EnumerateArray());
        Assert.Equal(("DocumentFee", 1, 30_000L, 30_000L, 0L), (line.GetProperty("purpose").GetString(), line.GetProperty("paidOrders").GetInt32(),
            line.GetProperty("collectedFen").GetInt64(), line.GetProperty("refundedFen").GetInt64(), line.GetProperty("heldFen").GetInt64()));
    }
}
