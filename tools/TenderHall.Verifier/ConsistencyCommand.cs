using TenderHall.Crypto.Merkle;

namespace TenderHall.Verifier;

/// <summary><c>verify-consistency</c>: both checkpoints are signed and the newer log only extends the older one.</summary>
public static class ConsistencyCommand
{
    /// <summary>Runs the check.</summary>
    public static async Task<Verdict> RunAsync(Arguments args, HttpClient http)
    {
        var key = SignedCheckpoints.Key(args);
        var (older, olderFailure) = SignedCheckpoints.Open(File.ReadAllText(args.Positional(0, "the older checkpoint file")), key, "older checkpoint");
        if (olderFailure is not null) return olderFailure;
        var (newer, newerFailure) = SignedCheckpoints.Open(File.ReadAllText(args.Positional(1, "the newer checkpoint file")), key, "newer checkpoint");
        if (newerFailure is not null) return newerFailure;
        return await CheckAsync(args, older!, newer!, http);
    }

    /// <summary>Checks with the proof from <c>--proof</c> or <c>--log-url</c> that <paramref name="older"/> is a prefix of <paramref name="newer"/>.</summary>
    public static async Task<Verdict> CheckAsync(Arguments args, TenderHall.Crypto.Notes.Checkpoint older, TenderHall.Crypto.Notes.Checkpoint newer, HttpClient http)
    {
        if (older.Size > newer.Size)
            return Verdict.Fail($"NOT VERIFIED: the 'newer' checkpoint ({newer.Size} entries) is smaller than the older one ({older.Size}).");
        var proof = older.Size == newer.Size ? [] : await ConsistencyProofs.LoadAsync(args, older.Size, newer.Size, http);
        return MerkleVerifier.VerifyConsistency(older.Size, newer.Size, older.RootHash, newer.RootHash, proof)
            ? Verdict.Pass($"VERIFIED: the log of {newer.Size} entries extends the log of {older.Size} entries without changing any of them.")
            : Verdict.Fail($"NOT VERIFIED: the log of {newer.Size} entries is NOT an extension of the log of {older.Size} entries: history was rewritten, or the proof is wrong.");
    }
}
