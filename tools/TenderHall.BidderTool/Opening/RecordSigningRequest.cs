using System.Text.Json;

namespace TenderHall.BidderTool.Opening;

/// <summary>The platform's prepared signature of the opening record, as the view's <c>signingRequest</c> carries it.</summary>
/// <param name="RecordPdfSha256">SHA-256 (hex) of the published, platform-signed record the signature extends.</param>
/// <param name="PreparedPdfSha256">SHA-256 (hex) of the record with the supervisor's empty signature appended.</param>
/// <param name="SignedAttributes">The DER CMS signed attributes the supervisor signs as they are.</param>
/// <param name="Certificate">The DER certificate the platform issued for the supervisor's key.</param>
/// <param name="SigningTime">The signing time written into the signed attributes.</param>
public sealed record RecordSigningRequest(string RecordPdfSha256, string PreparedPdfSha256, byte[] SignedAttributes, byte[] Certificate, DateTimeOffset SigningTime)
{
    /// <summary>The request in an opening view; a <see cref="JsonException"/> when the view has none.</summary>
    public static RecordSigningRequest FromView(JsonElement view)
    {
        if (!view.TryGetProperty("signingRequest", out var request) || request.ValueKind != JsonValueKind.Object)
            throw new JsonException("The platform's answer has no signingRequest.");
        string Text(string name) => request.GetProperty(name).GetString() ?? throw new JsonException($"The signing request has no {name}.");
        return new RecordSigningRequest(Text("recordPdfSha256"), Text("preparedPdfSha256"), Convert.FromBase64String(Text("signedAttributes")),
            Convert.FromBase64String(Text("certificate")), request.GetProperty("signingTime").GetDateTimeOffset());
    }
}
