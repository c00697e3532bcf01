using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Bidding;

/// <summary>Checks a bidder's signature over an envelope hash with its registered signing keys (EBM 26).</summary>
public static class BidSignatures
{
    /// <summary>The serial of the certificate whose key verifies the signature; throws EBM-26-SIGNATURE when none does.</summary>
    public static string? Require(OrganizationProfile? bidder, string bidderId, string envelopeSha256, string? signatureBase64)
    {
        byte[] signature;
        try { signature = Convert.FromBase64String(signatureBase64 ?? ""); }
        catch (FormatException) { signature = []; }
        var hash = Convert.FromHexString(envelopeSha256);
        foreach (var key in bidder?.Keys.Where(k => k.Use == "signing" && k.RetiredAt is null) ?? [])
        {
            var verifier = SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key.SubjectPublicKeyInfo));
            if (EnvelopeIdentity.Verify(verifier, hash, signature)) return key.CertificateSerial;
        }

        throw RuleViolationException.Of("EBM-26-SIGNATURE", ("bidder", bidderId));
    }
}
