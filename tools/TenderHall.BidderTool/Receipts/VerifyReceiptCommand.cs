using System.Text.Json;
using TenderHall.BidderTool.Bids;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Platform;
using TenderHall.Crypto;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;

namespace TenderHall.BidderTool.Receipts;

/// <summary>
/// <c>verify-receipt</c>: the receipt proves the platform logged this envelope. Offline checks always; with the platform
/// reachable (no <c>--offline</c>), also that today's signed log still contains the receipt's log unchanged.
/// </summary>
public sealed class VerifyReceiptCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "verify-receipt";

    /// <inheritdoc/>
    public string Synopsis => "verify-receipt --envelope <bid.thse> [--receipt <bid.thse.receipt.json>] [--key <log vkey|@file>] [--offline]";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["receipt", "envelope", "key"];

    /// <inheritdoc/>
    public IReadOnlyList<string> Flags => ["offline"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        var envelope = args.Required("envelope");
        var receiptPath = args.Value("receipt") ?? EnvelopeFile.ReceiptPath(envelope);
        if (args.Flag("offline") && !args.Has("key"))
            throw new UsageException("--offline needs the log's key: give --key <vkey|@file> (published by the platform).");
        var (key, fetched) = await LogKey.LoadAsync(args, context, "key");
        if (fetched)
            await context.Error.WriteLineAsync($"Note: the log key was fetched from the platform itself; pin the published key with --key for an independent check.");

        var receipt = JsonDocument.Parse(await File.ReadAllTextAsync(receiptPath)).RootElement;
        var result = await ReceiptCheck.VerifyAsync(receipt, envelope, key);
        await context.Output.WriteAsync(result.Report());
        if (!result.Verified) return Outcome.Failed(result.Failure!);
        if (args.Flag("offline"))
            return Outcome.Done($"VERIFIED (offline): the log '{key.Name}' received this envelope as entry {result.Index}.");

        var platform = PlatformClient.From(args, context);
        var consistency = await ConsistentWithCurrentAsync(platform, key, result.Checkpoint!);
        if (consistency is not null) return Outcome.Failed(consistency);
        await context.Output.WriteLineAsync("  ok: the platform's current signed log still contains the receipt's log unchanged");
        return Outcome.Done($"VERIFIED: the log '{key.Name}' received this envelope as entry {result.Index}, and still holds it.");
    }

    /// <summary>Null when the current signed checkpoint extends <paramref name="old"/>; otherwise why not.</summary>
    public static async Task<string?> ConsistentWithCurrentAsync(PlatformClient platform, NoteVerifier key, Checkpoint old)
    {
        var note = SignedNote.Parse(await platform.GetTextAsync("api/v1/transparency/checkpoint"));
        if (!note.IsSignedBy(key)) return $"NOT VERIFIED: the platform's current checkpoint is NOT signed by the key of log '{key.Name}'.";
        var current = Checkpoint.Parse(note.Text);
        if (current.Size < old.Size)
            return $"NOT VERIFIED: the log shrank from {old.Size} to {current.Size} entries since the receipt. Keep the receipt and report this.";
        var proof = current.Size == old.Size
            ? []
            : (await platform.GetJsonAsync($"api/v1/transparency/proofs/consistency?from={old.Size}&to={current.Size}", signedIn: false))
                .GetProperty("hashes").EnumerateArray().Select(h => h.GetBytesFromBase64()).ToList();
        return MerkleVerifier.VerifyConsistency(old.Size, current.Size, old.RootHash, current.RootHash, proof)
            ? null
            : $"NOT VERIFIED: the current log of {current.Size} entries is NOT an extension of the receipt's log of {old.Size}: the log was rewritten. Keep the receipt and report this.";
    }
}
