using TenderHall.Api.Opening;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Evaluation;

/// <summary>
/// The written report (BL 40, BLR 53): rendered and signed by the platform, then countersigned by every member in turn as
/// incremental updates (<see cref="RecordCountersigning"/>), each with the key it registered at check-in.
/// </summary>
public sealed class EvaluationReportSigning(EvaluationReportPdf renderer, RecordCountersigning countersigning, IGrainFactory grains, IBlobStore blobs, PlatformClock clock)
{
    /// <summary>Renders the report, signs it with the platform key and attaches it; by a checked-in member or a watching supervisor.</summary>
    public async Task<EvaluationView> Render(string tenderId, Actor actor, CancellationToken cancellationToken)
    {
        var evaluation = grains.GetGrain<IEvaluationGrain>(tenderId);
        var view = await evaluation.Get(actor);
        var watching = actor.Is(Roles.Supervisor) && view.Attendance.Any(a => a.UserName == actor.UserName);
        if (!watching && Own(view, actor) is not { CheckedInAt: not null }) throw RuleViolationException.Of("EVAL-MEMBER", ("tender", tenderId));
        if (view.Status != EvaluationStatus.Reporting) throw RuleViolationException.Of("EVAL-STATE", ("tender", tenderId), ("status", view.Status), ("action", "render the report"));
        var tender = await grains.GetGrain<ITenderGrain>(tenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", tenderId));
        var pdf = await renderer.Render(tender, await evaluation.Report(), clock.UtcNow);
        using var stream = new MemoryStream(pdf);
        var blob = await blobs.PutAsync(stream, cancellationToken);
        await evaluation.AttachReport(blob.Sha256Hex);
        return await evaluation.Get(actor);
    }

    /// <summary>Prepares the member's countersignature of the current report with the key it registered at check-in.</summary>
    public async Task<EvaluationView> Prepare(string tenderId, Actor actor, CancellationToken cancellationToken)
    {
        var evaluation = grains.GetGrain<IEvaluationGrain>(tenderId);
        var view = await evaluation.Get(actor);
        var member = Own(view, actor) is { SigningKey: { } key } mine ? mine : throw RuleViolationException.Of("EVAL-MEMBER", ("tender", tenderId));
        var report = view.Status == EvaluationStatus.Reporting && view.ReportPdfSha256 is { } sha && !member.Signed
            ? sha
            : throw RuleViolationException.Of("EVAL-STATE", ("tender", tenderId), ("status", view.Status), ("action", "sign the report"));
        var request = await countersigning.Prepare(report, actor, SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key)), member.KeyId!,
            new PdfCertificateSubject(member.Name, "评标委员会 " + member.Seat), "Member-" + member.Seat.Replace('/', '-'),
            "评标委员会成员签署评标报告 / Committee member's signature", cancellationToken);
        return await evaluation.RequestSignature(actor, request);
    }

    /// <summary>Embeds the member's <paramref name="signature"/>; the grain checks it against the registered key.</summary>
    public async Task<EvaluationView> Countersign(string tenderId, Actor actor, byte[] signature, CancellationToken cancellationToken)
    {
        var evaluation = grains.GetGrain<IEvaluationGrain>(tenderId);
        var view = await evaluation.Get(actor);
        var member = Own(view, actor) ?? throw RuleViolationException.Of("EVAL-MEMBER", ("tender", tenderId));
        var request = view.SigningRequest ?? throw RuleViolationException.Of("EVAL-STATE", ("tender", tenderId), ("status", view.Status), ("action", "sign without a signing request"));
        var signed = await countersigning.Complete(request, signature, () => RuleViolationException.Of("EVAL-SIGNATURE", ("seat", member.Seat)), cancellationToken);
        return await evaluation.Countersign(actor, signature, signed);
    }

    /// <summary>
    /// The report (or the member's prepared copy): members and supervision read it at once, the agency once every member
    /// signed; the names it carries stay from everyone else until the result (BL 37).
    /// </summary>
    public async Task<Stream> Read(string tenderId, Actor actor, bool prepared, CancellationToken cancellationToken)
    {
        var view = await grains.GetGrain<IEvaluationGrain>(tenderId).Get(actor);
        var agency = actor.Is(Roles.Agency) && view.Status == EvaluationStatus.Signed && (await grains.GetGrain<ITenderGrain>(tenderId).Get())?.Registration.AgencyId == actor.OrganizationId;
        if (Own(view, actor) is null && !actor.Is(Roles.Supervisor) && !agency) throw RuleViolationException.Of("EVAL-MEMBER", ("tender", tenderId));
        var sha = (prepared ? view.SigningRequest?.PreparedPdfSha256 : view.ReportPdfSha256)
                  ?? throw RuleViolationException.Of("EVAL-STATE", ("tender", tenderId), ("status", view.Status), ("action", "read the report"));
        return await blobs.OpenReadAsync(sha, cancellationToken) ?? throw new IOException($"Evaluation report {sha} is missing from the blob store.");
    }

    private static CommitteeMember? Own(EvaluationView view, Actor actor) =>
        actor.Is(Roles.Expert) && actor.OrganizationId is { } self ? view.Members.FirstOrDefault(m => m.ExpertId == self) : null;
}
