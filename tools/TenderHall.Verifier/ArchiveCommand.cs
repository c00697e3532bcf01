using TenderHall.Crypto.Evidence;

namespace TenderHall.Verifier;

/// <summary>
/// <c>verify-archive</c>: a tender's archive bundle (GET /api/v1/tenders/{id}/archive.zip) is exactly as archived: every record
/// matches its fixity hash, the manifest is the one the signed log's <c>tender.archived</c> entry names, every log entry in it
/// is in the log under a signed checkpoint, and the file is byte for byte the canonical form of its entries (docs/archive.md).
/// </summary>
public static class ArchiveCommand
{
    /// <summary>Runs the check.</summary>
    public static Verdict Run(Arguments args)
    {
        var check = TenderArchive.Verify(File.ReadAllBytes(args.Positional(0, "the archive bundle")), SignedCheckpoints.Key(args));
        return check.Verified ? Verdict.Pass(check.Message) : Verdict.Fail(check.Message);
    }
}
