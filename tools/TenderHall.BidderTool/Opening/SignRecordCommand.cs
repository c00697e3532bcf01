using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Keys;
using TenderHall.BidderTool.Platform;
using TenderHall.Crypto;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Opening;

/// <summary>
/// <c>sign-record</c>: the supervisor signs the opening record PDF with its own key (EBM 33) and closes the session. The
/// platform prepares an empty signature on the published record; this side checks the prepared file and the attributes
/// to sign, signs only then, and verifies both signatures on the record the platform publishes afterwards.
/// </summary>
public sealed class SignRecordCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "sign-record";

    /// <inheritdoc/>
    public string Synopsis => "sign-record --tender <id> --key <signing key> [--key-id <id>] --notes <text> [--recording <name>=<sha256 | file>]... "
                              + "[--out <signed record.pdf>]   (supervisors, at the opening)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["tender", "key", "key-id", "notes", "recording", "out"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        var tender = args.Required("tender");
        var notes = args.Required("notes");
        if (string.IsNullOrWhiteSpace(notes)) throw new UsageException("--notes is the supervisor's notes on the session; it may not be empty.");
        var recordings = new List<Recording>();
        foreach (var value in args.Values("recording")) recordings.Add(await Recording.ParseAsync(value));
        using var key = BidderKeys.Signing(args.Required("key"));
        var platform = PlatformClient.From(args, context);

        var platformKey = await PlatformKeyAsync(platform);
        var opening = PlatformClient.Tender(tender, "opening");
        RecordSigningRequest request;
        try
        {
            var keyId = args.Value("key-id");
            using var response = await platform.SendAsync(HttpMethod.Post, opening + "/record/signing-request", signedIn: true,
                r => r.Content = PlatformClient.Json(keyId is null ? "{}" : JsonSerializer.Serialize(new { keyId })));
            request = RecordSigningRequest.FromView(await PlatformClient.ReadJsonAsync(response));
        }
        catch (PlatformException e) when (Hint(e.Rule) is { } hint)
        {
            return Outcome.Failed($"{e.Message} {hint}");
        }

        var record = await platform.GetBytesAsync(opening + "/record.pdf", signedIn: false);
        var prepared = await platform.GetBytesAsync(opening + "/record/signing-request.pdf", signedIn: true);
        var check = RecordCheck.BeforeSigning(request, record, prepared, platformKey, key.Verifier);
        await context.Output.WriteAsync(check.Report());
        if (!check.Passes) return Outcome.Failed(check.Failure!);

        var signature = Convert.ToBase64String(key.Sign(request.SignedAttributes));
        var body = JsonSerializer.Serialize(new { notes, recordings = recordings.Select(r => new { name = r.Name, sha256 = r.Sha256 }), signature });
        JsonElement closed;
        using (var response = await platform.SendAsync(HttpMethod.Post, opening + "/close", signedIn: true, r => r.Content = PlatformClient.Json(body)))
            closed = await PlatformClient.ReadJsonAsync(response);
        await context.Error.WriteLineAsync($"Signed the record (signing time {request.SigningTime:O}) and closed the session: status {closed.GetProperty("status")}.");

        var final = await platform.GetBytesAsync(opening + "/record.pdf", signedIn: false);
        if (args.Value("out") is { } output) await File.WriteAllBytesAsync(output, final);
        var saved = args.Value("out") is { } path ? $" Saved in {path}." : "";
        return Verdict(final, closed, platformKey, key.Verifier) is { } failure
            ? Outcome.Failed($"NOT VERIFIED: the session is closed, but the record the platform publishes {failure}.{saved} Keep it and report this.")
            : Outcome.Done($"SIGNED AND CLOSED: the opening record of tender {tender} carries the platform's signature and yours, both valid.{saved}");
    }

    /// <summary>The platform's document-signing key, which signed the record.</summary>
    private static async Task<SignatureVerifier> PlatformKeyAsync(PlatformClient platform)
    {
        var key = await platform.GetJsonAsync("api/v1/documents/signing-key", signedIn: false);
        return SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key.GetProperty("subjectPublicKeyInfo").GetString() ?? ""));
    }

    // Null when the published record is the one the closed session names and both signatures verify; otherwise what is wrong.
    private static string? Verdict(byte[] final, JsonElement closed, SignatureVerifier platformKey, SignatureVerifier supervisorKey)
    {
        var named = closed.TryGetProperty("recordPdfSha256", out var sha) ? sha.GetString() : null;
        if (Convert.ToHexStringLower(SHA256.HashData(final)) != named) return $"is not the one the closed session names (SHA-256 {named})";
        var result = PdfSignatureVerifier.Verify(final);
        if (!result.IsValid) return $"does not verify: {string.Join("; ", result.Signatures.Select(s => s.Problem).OfType<string>())}";
        if (!result.IsSignedBy([platformKey])) return $"is not signed by the platform's document key {KeyId.ToHex(platformKey.KeyId)}";
        return result.IsSignedBy([supervisorKey]) ? null : $"is not signed by your key {KeyId.ToHex(supervisorKey.KeyId)}";
    }

    private static string? Hint(string? rule) => rule switch
    {
        "OPEN-STATE" => "The record is signed once it is published (POST .../opening/record) and before the session is closed.",
        "OPEN-SUPERVISOR" => "Only a supervisor who checked in to this opening signs its record.",
        "OPEN-RECORD-KEY" => "Name one of your organisation's current signing keys with --key-id.",
        _ => null,
    };
}
