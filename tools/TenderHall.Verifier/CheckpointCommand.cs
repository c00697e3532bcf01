namespace TenderHall.Verifier;

/// <summary><c>verify-checkpoint</c>: the checkpoint is signed by the log's key.</summary>
public static class CheckpointCommand
{
    /// <summary>Runs the check.</summary>
    public static Verdict Run(Arguments args)
    {
        var key = SignedCheckpoints.Key(args);
        var (checkpoint, failure) = SignedCheckpoints.Open(File.ReadAllText(args.Positional(0, "the checkpoint file")), key, "checkpoint");
        return failure ?? Verdict.Pass($"VERIFIED: log '{checkpoint!.Origin}' signed this checkpoint of {checkpoint.Size} entries (root {Convert.ToBase64String(checkpoint.RootHash)}).");
    }
}
