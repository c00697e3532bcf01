using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TenderHall.BidderTool.Tests;

/// <summary>The platform's answers as the fakes send them: JSON bodies and RFC 9457 problem details naming a rule.</summary>
internal static class FakeAnswers
{
    public static HttpResponseMessage Json(JsonNode body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Problem(HttpStatusCode status, string rule, string detail)
    {
        var body = new JsonObject { ["title"] = rule, ["status"] = (int)status, ["detail"] = detail, ["rule"] = rule };
        var response = new HttpResponseMessage(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        response.Content.Headers.ContentType = new("application/problem+json");
        return response;
    }

    public static HttpResponseMessage Pdf(byte[] pdf) =>
        new(HttpStatusCode.OK) { Content = new ByteArrayContent(pdf) { Headers = { ContentType = new("application/pdf") } } };
}
