using TenderHall.Crypto;
using TenderHall.Crypto.Evidence;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Gate;

/// <summary>
/// The gate's verdict on a project and what it presents: the certificate verifies offline (signature of the platform's
/// document key, inclusion in the signed log) and names that project, or, with no certificate, the provincial government
/// exempted the project (docs/trade-certificate.md). Plain: no grain calls, no clock.
/// </summary>
public sealed class TradeGate(PlatformDocumentVerifier platformKey, NoteVerifier logKey)
{
    /// <summary>The verdict on <paramref name="projectCode"/> presenting <paramref name="certificate"/>, given its <paramref name="exemption"/>.</summary>
    public GateVerdict Judge(string projectCode, string? certificate, GateExemption? exemption, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(certificate))
            return exemption is { } e
                ? new GateVerdict
                {
                    Passed = true, ProjectCode = projectCode, ExemptionDocument = e.ApprovalDocument, CheckedAt = now,
                    Detail = $"project {projectCode} is exempted by the provincial government ({e.ApprovalDocument}).",
                }
                : Refuse("GATE-NO-CERTIFICATE", projectCode, "no trade certificate and no exemption", now);

        // A certificate that is presented is judged on its own, even for an exempted project: a forged one is what supervision must see.
        var check = SignedTradeCertificate.Verify(certificate, platformKey.Key, logKey);
        var statement = Statement(certificate);
        if (!check.Verified) return Refuse("GATE-CERTIFICATE-INVALID", projectCode, check.Message, now, statement);
        var certified = statement!.Value.Certificate;
        if (certified.ProjectCode != projectCode)
            return Refuse("GATE-CERTIFICATE-PROJECT", projectCode, $"the certificate is for project {certified.ProjectCode}", now, statement);
        return new GateVerdict
        {
            Passed = true, ProjectCode = projectCode, Detail = check.Message, TenderId = certified.TenderId, StatementSha256 = statement.Value.Sha256,
            CertifiedProjectCode = certified.ProjectCode,
            AnchorIndex = SignedTradeCertificate.Parse(certificate).Anchor.Index, CheckedAt = now,
        };
    }

    private static (TradeCertificate Certificate, string Sha256)? Statement(string certificate)
    {
        try
        {
            var text = SignedTradeCertificate.Parse(certificate).Statement;
            return (TradeCertificate.Parse(text), TradeCertificate.Sha256Of(text));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or FormatException or InvalidOperationException or CryptographicFormatException)
        {
            return null;
        }
    }

    private static GateVerdict Refuse(string rule, string projectCode, string detail, DateTimeOffset now, (TradeCertificate Certificate, string Sha256)? statement = null)
    {
        var verdict = new GateVerdict
        {
            Passed = false, ProjectCode = projectCode, Rule = rule, Detail = detail, StatementSha256 = statement?.Sha256,
            CertifiedProjectCode = statement?.Certificate.ProjectCode, CheckedAt = now,
        };
        var args = Arguments(verdict);
        verdict.ReasonZh = RuleCatalogue.Describe(rule, "zh", args);
        verdict.ReasonEn = RuleCatalogue.Describe(rule, "en", args);
        return verdict;
    }

    /// <summary>The values a refusal's rule texts name: the project, what was found, the project the certificate names.</summary>
    public static Dictionary<string, string> Arguments(GateVerdict verdict) => new(StringComparer.Ordinal)
    {
        ["project"] = verdict.ProjectCode, ["detail"] = verdict.Detail, ["certified"] = verdict.CertifiedProjectCode ?? "-",
    };
}
