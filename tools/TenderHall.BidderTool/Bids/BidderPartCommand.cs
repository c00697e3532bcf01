using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Keys;
using TenderHall.BidderTool.Opening;
using TenderHall.BidderTool.Platform;
using TenderHall.BidderTool.Sealing;
using TenderHall.Crypto.Envelopes;

namespace TenderHall.BidderTool.Bids;

/// <summary>
/// <c>bidder-part</c>: at a bidder-and-quorum opening, unwraps the bidder's part of its envelope's content key with the
/// bidder's own encryption key (which never leaves this machine), signs it and hands it to the platform, or saves it with
/// <c>--offline</c>.
/// </summary>
public sealed class BidderPartCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "bidder-part";

    /// <inheritdoc/>
    public string Synopsis =>
        "bidder-part --tender <id> --envelope <bid.thse> --encryption-key <demo-key.json | pkcs8> --key <signing key> "
        + "[--opening-key <file>] [--offline --out <part.json>]";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["tender", "envelope", "encryption-key", "key", "opening-key", "out"];

    /// <inheritdoc/>
    public IReadOnlyList<string> Flags => ["offline"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        var tender = args.Required("tender");
        var envelope = args.Required("envelope");
        var encryptionKey = args.Required("encryption-key");
        var signingKey = args.Required("key");
        var offline = args.Flag("offline");
        var output = args.Value("out");
        if (offline && output is null) throw new UsageException("--offline writes the part to a file: give --out <part.json>.");
        if (!offline && output is not null) throw new UsageException("--out is only used with --offline.");
        if (offline && !args.Has("opening-key"))
            throw new UsageException("--offline reads the tender's opening key from a file: give --opening-key <file> (saved by 'tenderhall-bid opening-key').");

        // The header names the bidder; the validator gives it once the envelope is checked to be this tender's, to its opening key.
        var openingKey = await OpeningKey.LoadAsync(args, context, tender);
        EnvelopeHeader header;
        byte[] part;
        try
        {
            await using var stream = EnvelopeFile.Open(envelope);
            header = await EnvelopeValidator.ValidateAsync(stream, tender, openingKey.Key.KeyId);
            if (header.Policy != EnvelopePolicy.BidderAndQuorum)
                return Outcome.Failed($"FAILED: {envelope} is sealed with policy {header.Policy}; only a {EnvelopePolicy.BidderAndQuorum} bid has a bidder part to hand over.");
            using var key = BidderKeys.Encryption(encryptionKey);
            if (key.Suite != header.Suite)
                return Outcome.Failed($"FAILED: the encryption key is a {key.Suite} key but the envelope is sealed with the {header.Suite} suite.");
            stream.Position = 0;
            part = await SealedEnvelope.BidderPartAsync(stream, key);
        }
        catch (EnvelopeException e)
        {
            return Outcome.Failed($"FAILED ({e.Code}): {e.Message} Use the envelope you uploaded and the encryption key you sealed it with.");
        }

        try
        {
            string signature;
            using (var key = BidderKeys.Signing(signingKey))
                signature = Convert.ToBase64String(key.Sign(HandOverMessage.BidderPart(tender, header.BidderId, part)));
            return offline
                ? await SaveAsync(output!, tender, header.BidderId, part, signature)
                : await HandOverAsync(args, context, tender, header.BidderId, part, signature);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(part);
        }
    }

    // The part opens the bid once the custodians rebuild the opening key: the file is readable by its owner only.
    private static async Task<Outcome> SaveAsync(string path, string tender, string bidder, byte[] part, string signature)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var file = new StreamWriter(path, Encoding.UTF8, options))
        {
            await file.WriteLineAsync(JsonSerializer.Serialize(new { tenderId = tender, bidderId = bidder, part = Convert.ToBase64String(part), signature }));
        }

        return Outcome.Done($"Saved the signed key part of bidder {bidder} for tender {tender} in {path}. Keep it private: with the "
                            + "rebuilt opening key it opens your bid. Hand it over at the opening, before the time limit.");
    }

    private static async Task<Outcome> HandOverAsync(Arguments args, CliContext context, string tender, string bidder, byte[] part, string signature)
    {
        var body = JsonSerializer.Serialize(new { part = Convert.ToBase64String(part), signature });
        using var response = await PlatformClient.From(args, context).SendAsync(HttpMethod.Post, PlatformClient.Tender(tender, "opening/bidder-part"), signedIn: true,
            request => request.Content = PlatformClient.Json(body));
        var view = await PlatformClient.ReadJsonAsync(response);
        string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? value.ToString() : null;

        var row = view.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? rows.EnumerateArray().Where(r => Text(r, "bidderId") == bidder).Select(r => (JsonElement?)r).FirstOrDefault()
            : null;
        if (row is not { } mine)
            return Outcome.Done($"Part handed over for bidder {bidder}; the opening of tender {tender} is {Text(view, "status") ?? "in progress"}.");
        if (Text(mine, "outcome") == "Opened")
        {
            return Outcome.Done($"Part handed over; your bid is opened: price {Text(mine, "price") ?? "?"}, duration {Text(mine, "durationDays") ?? "?"} days, "
                                + $"quality {Text(mine, "qualityCommitment") ?? "?"}, deposit {Text(mine, "depositStatus") ?? "?"}.");
        }

        return Outcome.Failed($"Part handed over, but your bid was not opened: {Text(mine, "outcome") ?? "?"}"
                              + (Text(mine, "failureCause") is { } cause ? $" ({cause})" : "") + ". You may object at the opening (BLR 44).");
    }
}
