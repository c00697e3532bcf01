using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Tendering;

/// <summary>An objection carries the objector's evidence files (BLR 22 "grounds and evidence"): uploaded, named, read back by whom it concerns.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ObjectionEvidenceApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task An_objection_names_its_uploaded_evidence_which_the_objector_agency_and_supervisors_read_and_nobody_else()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var objector = "evid-" + Guid.NewGuid().ToString("N")[..6];
        var other = "other-" + Guid.NewGuid().ToString("N")[..6];
        await s.BuyDocuments(objector);
        using var client = s.Bidder(objector);

        var photo = "现场踏勘照片：进场道路宽度 3.2 米"u8.ToArray();
        var letter = "厂家授权书要求排斥代理商"u8.ToArray();
        var first = await Upload(client, photo);
        var second = await Upload(client, letter);
        var raised = await TenderScenario.Read(await client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/objections",
            new { text = "技术条款指向特定品牌", evidence = new[] { first, second.ToUpperInvariant() } }));
        var id = raised.GetProperty("id").GetString()!;
        Assert.Equal([first, second], raised.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));

        var path = $"/api/v1/tenders/{s.TenderId}/objections/{id}/evidence";
        Assert.Equal(photo, await (await client.GetAsync($"{path}/{first}")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync());
        Assert.Equal(letter, await (await s.Agency.GetAsync($"{path}/{second}")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync());
        Assert.Equal(photo, await (await s.Supervisor.GetAsync($"{path}/{first}")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync());

        // Another bidder learns nothing, not even that the objection exists; a hash the objection does not name is not served.
        await ProblemAssert.IsRule(await s.Bidder(other).GetAsync($"{path}/{first}"), HttpStatusCode.NotFound, "DIR-NOT-FOUND");
        var stranger = await Upload(s.Bidder(other), "无关文件"u8.ToArray());
        await ProblemAssert.IsRule(await s.Agency.GetAsync($"{path}/{stranger}"), HttpStatusCode.NotFound, "DIR-NOT-FOUND");

        // The agency answers without learning who objected (a holder's name would tell who obtained the documents, BL 22).
        var agencyView = (await TenderScenario.Read(await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}/objections"))).EnumerateArray().Single();
        Assert.Equal("", agencyView.GetProperty("objectorId").GetString());
        Assert.Equal(2, agencyView.GetProperty("evidence").GetArrayLength());
        var supervisorView = (await TenderScenario.Read(await s.Supervisor.GetAsync($"/api/v1/tenders/{s.TenderId}/objections"))).EnumerateArray().Single();
        Assert.Equal(objector, supervisorView.GetProperty("objectorId").GetString());
    }

    [Fact]
    public async Task Evidence_that_was_never_uploaded_or_too_many_files_refuse_the_objection_and_nothing_is_recorded_or_paused()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var objector = "evid-" + Guid.NewGuid().ToString("N")[..6];
        await s.BuyDocuments(objector);
        using var client = s.Bidder(objector);
        var uploaded = await Upload(client, "证据"u8.ToArray());

        var missing = new string('a', 64);
        await ProblemAssert.IsRule(await client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/objections", new { text = "异议", evidence = new[] { uploaded, missing } }),
            HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        await ProblemAssert.IsRule(await client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/objections", new { text = "异议", evidence = new[] { "not-a-hash" } }),
            HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        await ProblemAssert.IsRule(await client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/objections", new { text = "异议", evidence = Enumerable.Repeat(uploaded, 21) }),
            HttpStatusCode.UnprocessableEntity, "REQ-FIELD");

        Assert.Equal(0, (await TenderScenario.Read(await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}/objections"))).GetArrayLength());
        Assert.NotEqual("Suspended", (await TenderScenario.Read(await s.Anonymous.GetAsync($"/api/v1/tenders/{s.TenderId}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_interested_party_with_a_complainants_account_objects_stating_its_interest_with_evidence_and_lists_it()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var party = "party-" + Guid.NewGuid().ToString("N")[..6];
        using var client = platform.ClientAs(Roles.Complainant, party, "user-" + party);
        var evidence = await Upload(client, "分包合同意向书"u8.ToArray());

        // Without documents, the interest must be stated (BLR 22); nothing pauses until the agency accepts it.
        await ProblemAssert.IsRule(await client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/objections", new { text = "资格条件排斥专业分包商" }),
            HttpStatusCode.Forbidden, "BLR-22-INTEREST");
        var raised = await TenderScenario.Read(await client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/objections",
            new { text = "资格条件排斥专业分包商", interestGround = "本公司为拟参与本项目的专业分包商", evidence = new[] { evidence } }));
        Assert.Equal(JsonValueKind.Null, raised.GetProperty("interestAccepted").ValueKind);
        Assert.NotEqual("Suspended", (await TenderScenario.Read(await s.Anonymous.GetAsync($"/api/v1/tenders/{s.TenderId}"))).GetProperty("status").GetString());

        var mine = (await TenderScenario.Read(await client.GetAsync("/api/v1/objections/mine"))).EnumerateArray().Single();
        Assert.Equal(s.TenderId, mine.GetProperty("tenderId").GetString());
        var path = $"/api/v1/tenders/{s.TenderId}/objections/{raised.GetProperty("id").GetString()}/evidence/{evidence}";
        Assert.Equal("分包合同意向书"u8.ToArray(), await (await s.Agency.GetAsync(path)).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync());
    }

    private static async Task<string> Upload(HttpClient client, byte[] bytes)
    {
        var blob = await TenderScenario.Read(await client.PostAsync("/api/v1/objections/evidence", new ByteArrayContent(bytes)));
        return blob.GetProperty("sha256Hex").GetString()!;
    }
}
