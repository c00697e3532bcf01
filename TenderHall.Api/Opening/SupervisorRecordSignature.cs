using TenderHall.Crypto;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Opening;

/// <summary>
/// The supervisor's signature of the opening record (EBM 33), added to the platform-signed PDF as an incremental
/// update: the platform prepares the empty signature and a certificate for the supervisor's registered key, the
/// supervisor signs the signed attributes on its side, the platform checks that signature and embeds it.
/// </summary>
public sealed class SupervisorRecordSignature([FromKeyedServices(PlatformDocumentKey.ServiceKey)] SignatureKey platformKey, IGrainFactory grains, IBlobStore blobs, PlatformClock clock)
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
        var organization = actor.OrganizationId is null ? null : await grains.GetGrain<IOrganizationGrain>(actor.OrganizationId).Get();
        var record = ChooseKey(organization, keyId, actor);
        var key = SigningKeys.Current(organization, record.KeyId)!;

        var at = clock.UtcNow;
        var subject = new PdfCertificateSubject(actor.UserName, organization!.NameZh);
        var certificate = PdfCertificates.Issue(platformKey, PdfSigningIdentity.PlatformSubject, key, subject, at, at.AddYears(10));
        // Registered keys import with SM2's default user ID and the record is the platform's own PDF, so this cannot be refused.
        var prepared = PdfCountersigner.Prepare(await Read(recordSha, cancellationToken),
            new PdfCountersignRequest(key, certificate, at, FieldName) { Name = actor.UserName, Reason = "监督人员签署开标记录 / Supervisor's signature", Location = "TenderHall" });

        using var stream = new MemoryStream(prepared.PreparedPdf);
        var blob = await blobs.PutAsync(stream, cancellationToken);
        return await session.RequestRecordSignature(actor, new RecordSigningRequest
        {
            Supervisor = actor.UserName, KeyId = record.KeyId, RecordPdfSha256 = recordSha, PreparedPdfSha256 = blob.Sha256Hex,
            SignedAttributes = Convert.ToBase64String(prepared.SignedAttributes), Certificate = Convert.ToBase64String(certificate), SigningTime = at,
        });
    }

    /// <summary>Embeds the supervisor's <paramref name="signature"/> and closes the session with the doubly signed record.</summary>
    public async Task<OpeningView> Close(string tenderId, Actor actor, string notes, IReadOnlyList<SessionRecording> recordings, byte[] signature, CancellationToken cancellationToken)
    {
        var session = grains.GetGrain<IOpeningSessionGrain>(tenderId);
        var view = await session.Get();
        var request = view.SigningRequest is { } pending && pending.Supervisor == actor.UserName && pending.RecordPdfSha256 == view.RecordPdfSha256 && view.Status == OpeningStatus.RecordPublished
            ? pending
            : throw RuleViolationException.Of("OPEN-STATE", ("tender", tenderId), ("status", "without a signing request of this supervisor for the attached record"), ("action", "close"));
        byte[] signed;
        try
        {
            var prepared = new PdfCountersignature(await Read(request.PreparedPdfSha256, cancellationToken),
                Convert.FromBase64String(request.SignedAttributes), Convert.FromBase64String(request.Certificate));
            signed = PdfCountersigner.Complete(prepared, signature);
        }
        catch (CryptographicFormatException)
        {
            throw RuleViolationException.Of("OPEN-RECORD-SIGNATURE", ("organization", actor.OrganizationId ?? "-"));
        }

        using var stream = new MemoryStream(signed);
        var blob = await blobs.PutAsync(stream, cancellationToken);
        // The grain checks the signature again, against the organisation's key as it stands now, before it closes.
        return await session.Close(actor, notes, recordings, signature, blob.Sha256Hex);
    }

    private static PublicKeyRecord ChooseKey(OrganizationProfile? organization, string? keyId, Actor actor)
    {
        var current = organization?.Keys.Where(k => k.Use == "signing" && k.RetiredAt is null).ToList() ?? [];
        return (keyId is null && current.Count == 1 ? current[0] : current.FirstOrDefault(k => k.KeyId == keyId))
               ?? throw RuleViolationException.Of("OPEN-RECORD-KEY", ("organization", actor.OrganizationId ?? "-"),
                   ("key", keyId ?? (current.Count == 0 ? "(none registered)" : "(several registered: name one with keyId)")));
    }

    private async Task<byte[]> Read(string sha256, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(sha256, cancellationToken) ?? throw new IOException($"Opening record {sha256} is missing from the blob store.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
