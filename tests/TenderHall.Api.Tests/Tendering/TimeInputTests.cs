using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Tendering;

[Collection(PlatformCollection.Name)]
public sealed class TimeInputTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_time_without_a_UTC_offset_is_refused_with_a_rule_and_nothing_is_published()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        var sha = await s.Upload("招标文件"u8.ToArray());
        // A client that writes the local wall-clock time and forgets the offset.
        var body = new
        {
            saleEnd = "2025-01-20T17:00:00+08:00", bidDeadline = "2025-02-12T09:30:00", announcement = "公告", documentSha256 = sha, custody = s.Custody,
        };
        using var response = await s.Agency.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/publish", body);
        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.BadRequest, "REQ-TIME-OFFSET");
        Assert.Equal("2025-02-12T09:30:00", problem.GetProperty("values").GetProperty("value").GetString());
        Assert.Equal("Registered", (await TenderScenario.Read(await s.Agency.GetAsync($"/api/v1/tenders/{s.TenderId}"))).GetProperty("status").GetString());
    }
}
