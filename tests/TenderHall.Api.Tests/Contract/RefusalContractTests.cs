using System.Net;
using System.Net.Http.Json;
using System.Text;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Contract;

/// <summary>The refusals the outside sweep found answered with 500 or without a rule.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RefusalContractTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_tender_without_a_project_code_is_refused_naming_the_field()
    {
        using var agency = platform.ClientAs(Roles.Agency, "agency-empty");
        using var response = await agency.PostAsync("/api/v1/tenders", Json("{}"));

        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        Assert.Equal("projectCode", problem.GetProperty("values").GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("测试标段")]
    [InlineData("T1\r\nLocation: https://evil.example")]
    public async Task An_upload_for_a_hostile_tender_id_is_refused_before_it_starts(string id)
    {
        using var bidder = platform.ClientAs(Roles.Bidder, "bidder-hostile");
        using var response = await bidder.PostAsJsonAsync($"/api/v1/tenders/{Uri.EscapeDataString(id)}/bids/uploads", new { size = 1024 });

        await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
    }

    [Fact]
    public async Task A_blank_id_in_the_path_is_refused_naming_it()
    {
        using var client = platform.ClientAs(Roles.CentreAdmin);
        using var response = await client.GetAsync("/api/v1/experts/%20");

        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        Assert.Equal("id", problem.GetProperty("values").GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_idempotency_key_on_a_document_upload_or_a_challenge_is_refused_with_the_reason()
    {
        using var agency = platform.ClientAs(Roles.Agency, "agency-keys");
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/v1/blobs") { Content = new ByteArrayContent([1, 2, 3]) };
        upload.Headers.Add("Idempotency-Key", "upload-1");
        using var challenge = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/challenge") { Content = Json("{\"organizationId\":\"bidder-x\"}") };
        challenge.Headers.Add("Idempotency-Key", "challenge-1");

        var refusedUpload = await ProblemAssert.IsRule(await agency.SendAsync(upload), HttpStatusCode.BadRequest, "IDEMPOTENCY-UNSUPPORTED");
        var refusedChallenge = await ProblemAssert.IsRule(await agency.SendAsync(challenge), HttpStatusCode.BadRequest, "IDEMPOTENCY-UNSUPPORTED");
        Assert.Contains("named by its content", refusedUpload.GetProperty("detail").GetString());
        Assert.Contains("fresh one-time challenge", refusedChallenge.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_of_the_wrong_media_type_is_refused_with_a_rule()
    {
        var s = new TenderScenario(platform);
        using var response = await s.Agency.PostAsync("/api/v1/tenders", new StringContent("{}", Encoding.UTF8, "text/plain"));

        await ProblemAssert.IsRule(response, HttpStatusCode.UnsupportedMediaType, "REQ-MEDIA-TYPE");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
