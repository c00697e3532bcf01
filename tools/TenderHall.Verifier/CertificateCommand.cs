using TenderHall.Crypto.Evidence;

namespace TenderHall.Verifier;

/// <summary>
/// <c>verify-certificate</c>: a trade certificate (GET /api/v1/tenders/{id}/certificate) is signed by the platform's document
/// key (<c>--platform-key</c>, from GET /api/v1/documents/signing-key) and anchored in the log of <c>--key</c> by the tender's
/// archive entry naming it (docs/trade-certificate.md).
/// </summary>
public static class CertificateCommand
{
    /// <summary>Runs the check.</summary>
    public static Verdict Run(Arguments args)
    {
        var check = SignedTradeCertificate.Verify(File.ReadAllText(args.Positional(0, "the certificate file")), PdfCommand.Key(args.Required("platform-key")), SignedCheckpoints.Key(args));
        return check.Verified ? Verdict.Pass(check.Message) : Verdict.Fail(check.Message);
    }
}
