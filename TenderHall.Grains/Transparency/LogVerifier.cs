using TenderHall.Crypto;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>
/// Re-reads every stored leaf, recomputes its hash and the tree, and checks every stored checkpoint: signed by the log
/// key, root equal to the recomputed root at its size, consistent with the previous one. A changed, inserted or deleted
/// event shows as a hash or root mismatch or a gap.
/// </summary>
public static class LogVerifier
{
    private const int ReportedProblems = 20;

    /// <summary>Verifies the log in <paramref name="store"/> against checkpoints signed by <paramref name="logKey"/>.</summary>
    public static async Task<LogVerification> VerifyAsync(ILogStore store, NoteVerifier logKey, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        long problemCount = 0;
        void Problem(string text)
        {
            if (problems.Count < ReportedProblems) problems.Add(text);
            problemCount++;
        }

        var tree = new MerkleLog();
        await foreach (var leaf in store.ReadLeavesAsync(cancellationToken))
        {
            if (leaf.Index != tree.Size)
                Problem($"events {tree.Size} to {leaf.Index - 1} are missing from the stored log.");
            var hash = MerkleHash.Leaf(leaf.Data);
            if (!hash.AsSpan().SequenceEqual(leaf.LeafHash))
                Problem($"stored event {leaf.Index} does not match its stored leaf hash.");
            // The recomputed hash goes into the tree: what counts is the event as stored now.
            tree.Append(hash);
        }

        long checkpoints = 0, verifiedSize = 0;
        Checkpoint? previous = null;
        await foreach (var stored in store.ReadCheckpointsAsync(cancellationToken))
        {
            checkpoints++;
            var checkpoint = Open(stored, logKey, Problem);
            if (checkpoint is null) continue;
            if (checkpoint.Size > tree.Size)
            {
                Problem($"the checkpoint of {checkpoint.Size} leaves was signed, but only {tree.Size} events are stored.");
                continue;
            }

            if (!tree.Root(checkpoint.Size).AsSpan().SequenceEqual(checkpoint.RootHash))
                Problem($"the stored events do not hash to the root signed for {checkpoint.Size} leaves.");
            else
                verifiedSize = Math.Max(verifiedSize, checkpoint.Size);
            if (previous is not null && !MerkleVerifier.VerifyConsistency(
                    previous.Size, checkpoint.Size, previous.RootHash, checkpoint.RootHash, tree.ConsistencyProof(previous.Size, checkpoint.Size)))
                Problem($"the checkpoints of {previous.Size} and {checkpoint.Size} leaves are not consistent with the stored events.");
            previous = checkpoint;
        }

        if (checkpoints == 0 && tree.Size > 0)
            Problem($"{tree.Size} events are stored but no signed checkpoint is.");
        return new LogVerification(tree.Size, checkpoints, verifiedSize, problems, problemCount);
    }

    private static Checkpoint? Open(StoredCheckpoint stored, NoteVerifier logKey, Action<string> problem)
    {
        try
        {
            var note = SignedNote.Parse(stored.SignedNote);
            if (!note.IsSignedBy(logKey))
            {
                problem($"the stored checkpoint of {stored.TreeSize} leaves is not signed by the log key.");
                return null;
            }

            var checkpoint = Checkpoint.Parse(note.Text);
            if (checkpoint.Size != stored.TreeSize || checkpoint.Origin != logKey.Name)
            {
                problem($"the stored checkpoint of {stored.TreeSize} leaves names another size or origin.");
                return null;
            }

            return checkpoint;
        }
        catch (CryptographicFormatException e)
        {
            problem($"the stored checkpoint of {stored.TreeSize} leaves cannot be read: {e.Message}");
            return null;
        }
    }
}
