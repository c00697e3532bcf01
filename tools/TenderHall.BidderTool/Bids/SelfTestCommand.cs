using System.Net.Http.Headers;
using System.Text.Json;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Platform;
using TenderHall.BidderTool.Sealing;
using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;

namespace TenderHall.BidderTool.Bids;

/// <summary>
/// <c>self-test</c>: the platform's intake check before submitting: well formed, sealed for this tender (and bidder) to
/// the tender's opening key. Offline with <c>--opening-key</c>; otherwise the platform runs it without storing the bid.
/// </summary>
public sealed class SelfTestCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "self-test";

    /// <inheritdoc/>
    public string Synopsis => "self-test --tender <id> [--bidder <id>] [--opening-key <file>] <bid.thse>";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["tender", "bidder", "opening-key", "suite"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        var envelope = args.Single("envelope file");
        var tender = args.Required("tender");
        return args.Has("opening-key") ? await OfflineAsync(args, context, envelope, tender) : await OnlineAsync(args, context, envelope, tender);
    }

    private static async Task<Outcome> OfflineAsync(Arguments args, CliContext context, string envelope, string tender)
    {
        var key = await OpeningKey.LoadAsync(args, context, tender);
        EnvelopeHeader header;
        try
        {
            await using var stream = EnvelopeFile.Open(envelope);
            header = await EnvelopeValidator.ValidateAsync(stream, tender, key.Key.KeyId, args.Value("bidder"));
        }
        catch (EnvelopeException e)
        {
            return Outcome.Failed($"SELF-TEST FAILED ({e.Code}): {e.Message} Seal the bid again before uploading.");
        }

        if (header.Suite != key.Suite)
            return Outcome.Failed($"SELF-TEST FAILED: the envelope uses the {header.Suite} suite but the tender's key is {key.Suite}.");
        if (key.Policy is { } policy && header.Policy != policy)
            return Outcome.Failed($"SELF-TEST FAILED: the envelope is sealed with policy {header.Policy} but the tender requires {policy}.");
        var recipients = header.Recipients.Select(r => $"{r.Role}:{KeyId.ToHex(r.KeyId)}");
        return Outcome.Done($"SELF-TEST PASSED (offline): tender {header.TenderId}, bidder {header.BidderId}, {header.Suite}, {header.Policy}, "
                            + $"segments of {ByteSize.Format(header.SegmentSize)}, recipients {string.Join(", ", recipients)}.");
    }

    private static async Task<Outcome> OnlineAsync(Arguments args, CliContext context, string envelope, string tender)
    {
        var platform = PlatformClient.From(args, context);
        await using var stream = EnvelopeFile.Open(envelope);
        JsonElement result;
        try
        {
            using var response = await platform.SendAsync(HttpMethod.Post, PlatformClient.Tender(tender, "bids/self-test"), signedIn: true, request =>
            {
                request.Content = new StreamContent(stream, 1 << 16);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            });
            result = await PlatformClient.ReadJsonAsync(response);
        }
        catch (PlatformException e) when (e.Rule is not null)
        {
            return Outcome.Failed($"SELF-TEST FAILED: {e.Message}");
        }

        string Field(string name) => result.TryGetProperty(name, out var v) ? v.ToString() : "?";
        if (args.Value("bidder") is { } bidder && Field("bidderId") != bidder)
            return Outcome.Failed($"SELF-TEST FAILED: the envelope names bidder {Field("bidderId")}, not {bidder}.");
        var recipients = result.TryGetProperty("recipients", out var list) ? string.Join(", ", list.EnumerateArray().Select(r => r.GetString())) : "?";
        return Outcome.Done($"SELF-TEST PASSED (platform {platform.BaseUrl}): tender {Field("tenderId")}, bidder {Field("bidderId")}, "
                            + $"{Field("suite")}, {Field("policy")}, segment size {Field("segmentSize")}, recipients {recipients}.");
    }
}
