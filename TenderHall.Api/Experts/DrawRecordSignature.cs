using TenderHall.Api.Opening;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Experts;

/// <summary>The draw record: rendered and signed by the platform, then countersigned by the witnessing supervisor (as the opening record).</summary>
public sealed class DrawRecordSignature(DrawRecordPdf renderer, RecordCountersigning countersigning, IGrainFactory grains, IBlobStore blobs, PlatformClock clock)
{
    private const string FieldName = "DrawSupervisor";

    /// <summary>Renders the record with <paramref name="recordings"/>, signs it with the platform key and attaches it.</summary>
    public async Task<DrawView> Render(string tenderId, Actor actor, IReadOnlyList<SessionRecording> recordings, CancellationToken cancellationToken)
    {
        var draw = grains.GetGrain<IExpertDrawGrain>(tenderId);
        var view = await draw.Get(actor);
        if (view.Witness?.Supervisor != actor.UserName) throw RuleViolationException.Of("DRAW-SUPERVISOR", ("tender", tenderId));
        if (recordings.Any(r => string.IsNullOrWhiteSpace(r.Name) || r.Sha256.Length != 64 || !r.Sha256.All(char.IsAsciiHexDigitLower)))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "recordings"), ("detail", "each recording needs a name and a lowercase hex SHA-256"));
        var tender = await grains.GetGrain<ITenderGrain>(tenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", tenderId));
        var pdf = await renderer.Render(tender, view, recordings, clock.UtcNow);
        using var stream = new MemoryStream(pdf);
        var blob = await blobs.PutAsync(stream, cancellationToken);
        return await draw.AttachRecord(actor, blob.Sha256Hex, recordings);
    }

    /// <summary>Prepares the witness's countersignature with key <paramref name="keyId"/> (or the only current one).</summary>
    public async Task<DrawView> Prepare(string tenderId, Actor actor, string? keyId, CancellationToken cancellationToken)
    {
        var draw = grains.GetGrain<IExpertDrawGrain>(tenderId);
        var view = await draw.Get(actor);
        var recordSha = view.RecordPdfSha256 is { } sha && !view.RecordCountersigned && view.Witness?.Supervisor == actor.UserName
            ? sha
            : throw RuleViolationException.Of("DRAW-STATE", ("tender", tenderId), ("status", view.Status), ("action", "countersign the record"));
        return await draw.RequestRecordSignature(actor, await countersigning.Prepare(recordSha, actor, keyId, FieldName, "监督人员签署专家抽取记录 / Supervisor's countersignature", SigningRules.Record, cancellationToken));
    }

    /// <summary>Embeds the witness's <paramref name="signature"/>; the grain checks it against the organisation's key.</summary>
    public async Task<DrawView> Countersign(string tenderId, Actor actor, byte[] signature, CancellationToken cancellationToken)
    {
        var draw = grains.GetGrain<IExpertDrawGrain>(tenderId);
        var request = (await draw.Get(actor)).SigningRequest is { } pending && pending.Supervisor == actor.UserName
            ? pending
            : throw RuleViolationException.Of("DRAW-STATE", ("tender", tenderId), ("status", "without a signing request of this supervisor"), ("action", "countersign"));
        return await draw.Countersign(actor, signature, await countersigning.Complete(request, actor, signature, SigningRules.Record, cancellationToken));
    }
}
