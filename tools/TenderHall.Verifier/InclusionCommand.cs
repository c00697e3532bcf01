using System.Text.Json;
using TenderHall.Crypto.Merkle;

namespace TenderHall.Verifier;

/// <summary>
/// <c>verify-inclusion</c>: a receipt's signed note (bid receipts) is the log's, its leaf is in the log at its index under
/// its signed checkpoint, and optionally that checkpoint is consistent with a later one (so the entry was not removed since).
/// </summary>
public static class InclusionCommand
{
    /// <summary>Runs the check.</summary>
    public static async Task<Verdict> RunAsync(Arguments args, HttpClient http)
    {
        var key = SignedCheckpoints.Key(args);
        var receipt = JsonDocument.Parse(File.ReadAllText(args.Positional(0, "the receipt file"))).RootElement;
        var index = receipt.GetProperty("index").GetInt64();
        var leafHash = LeafHash(receipt, out var hashMismatch);
        if (hashMismatch) return Verdict.Fail("NOT VERIFIED: the receipt's leaf data does not hash to its leaf hash.");
        if (ReceiptNotes.Check(receipt, key, leafHash) is { } badNote) return badNote;
        var (checkpoint, failure) = SignedCheckpoints.Open(receipt.GetProperty("checkpoint").GetString() ?? "", key, "receipt's checkpoint");
        if (failure is not null) return failure;
        if (!MerkleVerifier.VerifyInclusion(leafHash, index, checkpoint!.Size, ConsistencyProofs.Hashes(receipt), checkpoint.RootHash))
            return Verdict.Fail($"NOT VERIFIED: the entry is NOT at index {index} of the signed log of {checkpoint.Size} entries.");
        var included = $"the entry is at index {index} of the log of {checkpoint.Size} entries signed by '{checkpoint.Origin}'";
        if (args.Option("later") is not { } laterFile) return Verdict.Pass($"VERIFIED: {included}.");

        var (later, laterFailure) = SignedCheckpoints.Open(File.ReadAllText(laterFile), key, "later checkpoint");
        if (laterFailure is not null) return laterFailure;
        var consistent = await ConsistencyCommand.CheckAsync(args, checkpoint, later!, http);
        return consistent.Verified
            ? Verdict.Pass($"VERIFIED: {included}, and the later log of {later!.Size} entries still contains it unchanged.")
            : consistent;
    }

    // The leaf hash from "leafData" (the exact leaf bytes, hashed here) or "leafHash"; both must agree when both are given.
    private static byte[] LeafHash(JsonElement receipt, out bool mismatch)
    {
        mismatch = false;
        byte[]? fromData = receipt.TryGetProperty("leafData", out var data) ? MerkleHash.Leaf(data.GetBytesFromBase64()) : null;
        byte[]? given = receipt.TryGetProperty("leafHash", out var hash) ? hash.GetBytesFromBase64() : null;
        if (fromData is not null && given is not null) mismatch = !fromData.AsSpan().SequenceEqual(given);
        return fromData ?? given ?? throw new KeyNotFoundException("the receipt has neither leafData nor leafHash");
    }
}
