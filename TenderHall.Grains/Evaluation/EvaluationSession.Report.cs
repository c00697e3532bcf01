using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Evaluation;

/// <summary>The written report (BL 40, BLR 53): platform-signed, then countersigned by every member one after another.</summary>
public sealed partial class EvaluationSession
{
    /// <summary>What the report states: the supervision view, every sheet, the bids.</summary>
    public EvaluationReport Report() => new()
    {
        View = Copy(),
        Sheets = [.. state.Sheets.Values.OrderBy(s => s.Seat, StringComparer.Ordinal)],
        Bids = state.Bids,
    };

    /// <summary>Attaches the platform-signed report; rendering it again is possible only before any member countersigned.</summary>
    public void AttachReport(string reportPdfSha256)
    {
        if (View.Status != EvaluationStatus.Reporting || View.Members.Any(m => m.Signed)) throw Conflict("attach the report");
        View.ReportPdfSha256 = reportPdfSha256;
        state.SigningRequests.Clear(); // prepared over the previous rendering
        Record("evaluation.report-signed", Actor.System, ("reportPdfSha256", reportPdfSha256));
    }

    /// <summary>A checked-in member's countersignature of the current report is prepared with the key it registered.</summary>
    public void RequestSignature(Actor actor, RecordSigningRequest request, DateTimeOffset now)
    {
        var member = CheckedIn(actor, now);
        if (View.Status != EvaluationStatus.Reporting || View.ReportPdfSha256 is null || member.Signed) throw Conflict("sign the report");
        if (request.RecordPdfSha256 != View.ReportPdfSha256 || request.KeyId != member.KeyId || request.Supervisor != actor.UserName)
            throw Conflict("sign another version of the report");
        state.SigningRequests[member.Seat] = request;
    }

    /// <summary>
    /// Checks the member's signature against the key it registered and keeps the report carrying it; every other pending
    /// signature covered the earlier file and goes. Returns the result once the last member signed.
    /// </summary>
    public EvaluationResult? Countersign(Actor actor, byte[] signature, string signedReportPdfSha256, DateTimeOffset now)
    {
        var member = CheckedIn(actor, now);
        if (View.Status != EvaluationStatus.Reporting || member.Signed) throw Conflict("sign the report");
        var request = state.SigningRequests.TryGetValue(member.Seat, out var pending) && pending.RecordPdfSha256 == View.ReportPdfSha256
            ? pending
            : throw Conflict("sign without a signing request over the current report");
        var key = Crypto.Signing.SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(member.SigningKey!));
        if (!key.Verify(Convert.FromBase64String(request.SignedAttributes), signature))
            throw RuleViolationException.Of("EVAL-SIGNATURE", ("seat", member.Seat));
        View.ReportPdfSha256 = signedReportPdfSha256;
        member.Signed = true;
        state.SigningRequests.Clear();
        Record("evaluation.countersigned", actor, ("seat", member.Seat), ("reportPdfSha256", signedReportPdfSha256));
        if (View.Members.Any(m => !m.Signed)) return null;

        View.Result = new EvaluationResult
        {
            Candidates = View.Candidates, Rejections = View.Rejections, ReportSha256 = signedReportPdfSha256, SignedAt = now, AllRejected = state.AllRejected,
        };
        View.Status = EvaluationStatus.Signed;
        Record("evaluation.reported", Actor.System, ("reportPdfSha256", signedReportPdfSha256),
            ("candidates", string.Join(",", View.Candidates.Select(c => c.BidderId))));
        return View.Result;
    }
}
