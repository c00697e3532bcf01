using TenderHall.Crypto;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Opening;

/// <summary>
/// A supervisor's countersignature of a platform-signed record (the opening record, the draw record), added as an incremental
/// update: the platform prepares the empty signature and a certificate for the supervisor's registered key, the supervisor
/// signs the signed attributes on its side, the platform embeds that signature. The grain checks it against the key.
/// </summary>
public sealed class RecordCountersigning([FromKeyedServices(PlatformDocumentKey.ServiceKey)] SignatureKey platformKey, IGrainFactory grains, IBlobStore blobs, PlatformClock clock)
{
    /// <summary>
    /// Prepares <paramref name="actor"/>'s signature of the record <paramref name="recordSha"/> with key <paramref name="keyId"/>
    /// (or the only current one), refusing an unknown key with <paramref name="rules"/>' key rule.
    /// </summary>
    public async Task<RecordSigningRequest> Prepare(string recordSha, Actor actor, string? keyId, string field, string reason, SigningRules rules, CancellationToken cancellationToken)
    {
        var organization = actor.OrganizationId is null ? null : await grains.GetGrain<IOrganizationGrain>(actor.OrganizationId).Get();
        var record = ChooseKey(organization, keyId, actor, rules.Key);
        return await Prepare(recordSha, actor, SigningKeys.Current(organization, record.KeyId)!, record.KeyId,
            new PdfCertificateSubject(actor.UserName, organization!.NameZh), field, reason, cancellationToken);
    }

    /// <summary>Prepares <paramref name="actor"/>'s signature of the record with <paramref name="key"/>, registered elsewhere (an evaluation member's), named <paramref name="subject"/>.</summary>
    public async Task<RecordSigningRequest> Prepare(string recordSha, Actor actor, SignatureVerifier key, string keyId, PdfCertificateSubject subject,
        string field, string reason, CancellationToken cancellationToken)
    {
        var at = clock.UtcNow;
        var certificate = PdfCertificates.Issue(platformKey, PdfSigningIdentity.PlatformSubject, key, subject, at, at.AddYears(10));
        // Registered keys import with SM2's default user ID and the record is the platform's own PDF, so this cannot be refused.
        var prepared = PdfCountersigner.Prepare(await Read(recordSha, cancellationToken),
            new PdfCountersignRequest(key, certificate, at, field) { Name = actor.UserName, Reason = reason, Location = "TenderHall" });
        using var stream = new MemoryStream(prepared.PreparedPdf);
        var blob = await blobs.PutAsync(stream, cancellationToken);
        return new RecordSigningRequest
        {
            Supervisor = actor.UserName, KeyId = keyId, RecordPdfSha256 = recordSha, PreparedPdfSha256 = blob.Sha256Hex,
            SignedAttributes = Convert.ToBase64String(prepared.SignedAttributes), Certificate = Convert.ToBase64String(certificate), SigningTime = at,
        };
    }

    /// <summary>Embeds <paramref name="signature"/> into the prepared PDF and stores it, refusing a bad one with <paramref name="rules"/>' signature rule; returns its SHA-256.</summary>
    public async Task<string> Complete(RecordSigningRequest request, Actor actor, byte[] signature, SigningRules rules, CancellationToken cancellationToken) =>
        await Complete(request, signature, () => RuleViolationException.Of(rules.Signature, ("organization", actor.OrganizationId ?? "-")), cancellationToken);

    /// <summary>Embeds <paramref name="signature"/>, refusing a malformed one with <paramref name="refusal"/>; returns the SHA-256 of the stored PDF.</summary>
    public async Task<string> Complete(RecordSigningRequest request, byte[] signature, Func<RuleViolationException> refusal, CancellationToken cancellationToken)
    {
        byte[] signed;
        try
        {
            var prepared = new PdfCountersignature(await Read(request.PreparedPdfSha256, cancellationToken),
                Convert.FromBase64String(request.SignedAttributes), Convert.FromBase64String(request.Certificate));
            signed = PdfCountersigner.Complete(prepared, signature);
        }
        catch (CryptographicFormatException)
        {
            throw refusal();
        }

        using var stream = new MemoryStream(signed);
        return (await blobs.PutAsync(stream, cancellationToken)).Sha256Hex;
    }

    private static PublicKeyRecord ChooseKey(OrganizationProfile? organization, string? keyId, Actor actor, string rule)
    {
        var current = organization?.Keys.Where(k => k.Use == "signing" && k.RetiredAt is null).ToList() ?? [];
        return (keyId is null && current.Count == 1 ? current[0] : current.FirstOrDefault(k => k.KeyId == keyId))
               ?? throw RuleViolationException.Of(rule, ("organization", actor.OrganizationId ?? "-"),
                   ("key", keyId ?? (current.Count == 0 ? "(none registered)" : "(several registered: name one with keyId)")));
    }

    private async Task<byte[]> Read(string sha256, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(sha256, cancellationToken) ?? throw new IOException($"Record {sha256} is missing from the blob store.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
