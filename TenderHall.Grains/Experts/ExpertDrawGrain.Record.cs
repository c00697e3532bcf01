using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>The draw record: signed by the platform, countersigned by the witness, with the recordings' hashes (全程声像监控, 建档保存).</summary>
public sealed partial class ExpertDrawGrain
{
    /// <inheritdoc />
    public async Task<DrawView> AttachRecord(Actor actor, string recordPdfSha256, IReadOnlyList<SessionRecording> recordings)
    {
        await Enforce();
        RequireWitness(actor);
        if (View.Status is not (DrawStatus.Sealed or DrawStatus.Revealed) || View.RecordCountersigned) throw Conflict("attach the record");
        (View.RecordPdfSha256, View.Recordings, View.SigningRequest) = (recordPdfSha256, [.. recordings], null);
        await Log("draw.record-signed", actor, ("recordPdfSha256", recordPdfSha256), ("recordings", string.Join(",", recordings.Select(r => r.Sha256))));
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<DrawView> RequestRecordSignature(Actor actor, RecordSigningRequest request)
    {
        RequireWitness(actor);
        if (View.RecordPdfSha256 is null || View.RecordCountersigned || request.RecordPdfSha256 != View.RecordPdfSha256) throw Conflict("countersign the record");
        if (request.Supervisor != actor.UserName || await SigningKey(actor, request.KeyId) is null)
            throw RuleViolationException.Of("OPEN-RECORD-KEY", ("organization", actor.OrganizationId ?? "-"), ("key", request.KeyId));
        View.SigningRequest = request;
        await state.WriteStateAsync();
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<DrawView> Countersign(Actor actor, byte[] signature, string signedRecordPdfSha256)
    {
        RequireWitness(actor);
        var request = View.SigningRequest is { } pending && pending.Supervisor == actor.UserName && pending.RecordPdfSha256 == View.RecordPdfSha256 && !View.RecordCountersigned
            ? pending
            : throw Conflict("countersign without a signing request for the attached record");
        var key = await SigningKey(actor, request.KeyId) ?? throw RuleViolationException.Of("OPEN-RECORD-KEY", ("organization", actor.OrganizationId ?? "-"), ("key", request.KeyId));
        if (!key.Verify(Convert.FromBase64String(request.SignedAttributes), signature))
            throw RuleViolationException.Of("OPEN-RECORD-SIGNATURE", ("organization", actor.OrganizationId ?? "-"));
        (View.RecordPdfSha256, View.RecordCountersigned) = (signedRecordPdfSha256, true);
        await Log("draw.record-countersigned", actor, ("recordPdfSha256", signedRecordPdfSha256), ("platformRecordPdfSha256", request.RecordPdfSha256));
        return Seen(actor);
    }

    private async Task<Crypto.Signing.SignatureVerifier?> SigningKey(Actor actor, string keyId) =>
        SigningKeys.Current(actor.OrganizationId is null ? null : await grains.GetGrain<IOrganizationGrain>(actor.OrganizationId).Get(), keyId);
}
