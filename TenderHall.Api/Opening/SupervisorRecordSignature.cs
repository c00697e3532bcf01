using TenderHall.Crypto;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Opening;

/// <summary>
/// The supervisor's signature of the opening record (EBM 33), added to the platform-signed PDF as an incremental
/// update (<see cref="RecordCountersigning"/>): the platform checks the supervisor's signature and embeds it.
/// </summary>
public sealed class SupervisorRecordSignature(RecordCountersigning countersigning, IGrainFactory grains)
{
    private const string FieldName = "Supervisor";

    /// <summary>Prepares the signature of <paramref name="actor"/> with its organisation's key <paramref name="keyId"/> (or its only current one).</summary>
    public async Task<OpeningView> Prepare(string tenderId, Actor actor, string? keyId, CancellationToken cancellationToken)
    {
        var session = grains.GetGrain<IOpeningSessionGrain>(tenderId);
        var view = await session.Get();
        var recordSha = view.Status == OpeningStatus.RecordPublished && view.RecordPdfSha256 is { } sha
            ? sha
            : throw RuleViolationException.Of("OPEN-STATE", ("tender", tenderId), ("status", view.Status), ("action", "sign the record"));
        if (view.Attendance.All(a => a.UserName != actor.UserName)) throw RuleViolationException.Of("OPEN-SUPERVISOR", ("tender", tenderId));
        var request = await countersigning.Prepare(recordSha, actor, keyId, FieldName, "监督人员签署开标记录 / Supervisor's signature", SigningRules.Record, cancellationToken);
        return await session.RequestRecordSignature(actor, request);
    }

    /// <summary>Embeds the supervisor's <paramref name="signature"/> and closes the session with the doubly signed record.</summary>
    public async Task<OpeningView> Close(string tenderId, Actor actor, string notes, IReadOnlyList<SessionRecording> recordings, byte[] signature, CancellationToken cancellationToken)
    {
        var session = grains.GetGrain<IOpeningSessionGrain>(tenderId);
        var view = await session.Get();
        var request = view.SigningRequest is { } pending && pending.Supervisor == actor.UserName && pending.RecordPdfSha256 == view.RecordPdfSha256 && view.Status == OpeningStatus.RecordPublished
            ? pending
            : throw RuleViolationException.Of("OPEN-STATE", ("tender", tenderId), ("status", "without a signing request of this supervisor for the attached record"), ("action", "close"));
        var signed = await countersigning.Complete(request, actor, signature, SigningRules.Record, cancellationToken);
        // The grain checks the signature again, against the organisation's key as it stands now, before it closes.
        return await session.Close(actor, notes, recordings, signature, signed);
    }
}
