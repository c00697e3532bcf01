using System.Text.Json;
using TenderHall.BidderTool.Bids;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Keys;
using TenderHall.BidderTool.Platform;
using TenderHall.BidderTool.Receipts;

namespace TenderHall.BidderTool.Uploads;

/// <summary>
/// <c>upload</c>: signs and uploads the envelope in chunks, resuming after failures (and across runs), completes it into a
/// bid, saves the receipt beside the envelope and checks it.
/// </summary>
public sealed class UploadCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "upload";

    /// <inheritdoc/>
    public string Synopsis =>
        "upload --tender <id> (--key <signing key> | --signature <bid.thse.sig>) [--chunk-size 8MiB] [--resume <uploadId>] "
        + "[--device-fingerprint <text>] [--log-key <vkey|@file>] <bid.thse>";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["tender", "key", "signature", "chunk-size", "resume", "device-fingerprint", "log-key"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        var envelope = args.Single("envelope file");
        var tender = args.Required("tender");
        var chunkSize = ByteSize.Parse(args.Value("chunk-size") ?? "8MiB", "chunk-size");
        var platform = PlatformClient.From(args, context);
        var hash = await EnvelopeFile.HashAsync(envelope);
        var hashHex = Convert.ToHexStringLower(hash);
        var size = new FileInfo(envelope).Length;
        var signature = await SignatureAsync(args, envelope);

        var plan = new RetryPlan(() => DeadlineAsync(platform, tender, context), context.Clock);
        var upload = new ResumableUpload(platform, tender, envelope, chunkSize, plan, context.Sleep, context.Error);
        var uploadId = await UploadIdAsync(args, context, upload, envelope, new UploadState(tender, "", hashHex, size));
        string receipt;
        for (var round = 1; ; round++)
        {
            await upload.SendAsync(uploadId, size);
            try
            {
                receipt = await upload.CompleteAsync(uploadId, signature, args.Value("device-fingerprint"));
                break;
            }
            catch (PlatformException e) when (e.Rule == "BID-UPLOAD" && round < 3)
            {
                // The platform counts fewer bytes than were sent (a chunk was lost after its answer): send the rest again.
                await context.Error.WriteLineAsync($"{e.Message} Sending the missing bytes.");
            }
        }

        var receiptPath = EnvelopeFile.ReceiptPath(envelope);
        await File.WriteAllTextAsync(receiptPath, receipt);
        UploadState.Delete(envelope);
        await context.Error.WriteLineAsync($"The platform accepted the bid; its receipt is saved in {receiptPath}.");
        return await CheckReceiptAsync(args, context, receipt, envelope, receiptPath);
    }

    private static async Task<string> SignatureAsync(Arguments args, string envelope)
    {
        if (args.Value("key") is { } keyFile)
        {
            using var key = BidderKeys.Signing(keyFile);
            return await EnvelopeFile.SignAsync(envelope, key);
        }

        var path = args.Value("signature") ?? EnvelopeFile.SignaturePath(envelope);
        return File.Exists(path)
            ? (await File.ReadAllTextAsync(path)).Trim()
            : throw new UsageException($"sign the envelope: give --key <signing key>, or run 'tenderhall-bid sign' first (no {path}).");
    }

    // Retries stop at the bid deadline (RetryPlan); a tender the platform does not show leaves the tool to a few attempts.
    private static async Task<DateTimeOffset?> DeadlineAsync(PlatformClient platform, string tender, CliContext context)
    {
        try
        {
            var view = await platform.GetJsonAsync(PlatformClient.Tender(tender, "").TrimEnd('/'), signedIn: false);
            return view.GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        }
        catch (Exception e) when (e is PlatformException or HttpRequestException or IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            await context.Error.WriteLineAsync($"Could not read the bid deadline ({e.Message}); failures are retried {RetryPlan.MaxFailuresWithoutDeadline} times in a row at most.");
            return null;
        }
    }

    // An explicit --resume wins; else a saved unfinished upload of this same envelope is resumed; else a new one starts.
    private static async Task<string> UploadIdAsync(Arguments args, CliContext context, ResumableUpload upload, string envelope, UploadState fresh)
    {
        if (args.Value("resume") is { } resume) return resume;
        if (UploadState.Load(envelope) is { } saved && saved with { UploadId = "" } == fresh)
        {
            try
            {
                await upload.ReceivedAsync(saved.UploadId);
                await context.Error.WriteLineAsync($"Resuming upload {saved.UploadId} of this envelope.");
                return saved.UploadId;
            }
            catch (PlatformException e) when (ResumableUpload.IsUnknownUpload(e))
            {
                await context.Error.WriteLineAsync($"The platform no longer knows upload {saved.UploadId}; starting a new one.");
            }
        }

        var uploadId = await upload.StartAsync(fresh.Size);
        (fresh with { UploadId = uploadId }).Save(envelope);
        await context.Error.WriteLineAsync($"Started upload {uploadId}; if it is interrupted, run the same command again to resume.");
        return uploadId;
    }

    private static async Task<Outcome> CheckReceiptAsync(Arguments args, CliContext context, string receipt, string envelope, string receiptPath)
    {
        var (key, _) = await LogKey.LoadAsync(args, context, "log-key");
        var result = await ReceiptCheck.VerifyAsync(JsonDocument.Parse(receipt).RootElement, envelope, key);
        await context.Output.WriteAsync(result.Report());
        return result.Verified
            ? Outcome.Done($"SUBMITTED: tender {args.Value("tender")}, log entry {result.Index}; receipt {receiptPath} verified.")
            : Outcome.Failed($"The platform accepted the bid, but its receipt does not check out. Keep {receiptPath} and report this. {result.Failure}");
    }
}
