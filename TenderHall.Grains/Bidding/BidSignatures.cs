using TenderHall.Crypto.Envelopes;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Registry;

namespace TenderHall.Grains.Bidding;

/// <summary>Checks a bidder's signature over an envelope hash with its registered signing keys (EBM 26).</summary>
public static class BidSignatures
{
    /// <summary>The serial of the certificate whose key verifies the signature; throws EBM-26-SIGNATURE when none does.</summary>
    public static string? Require(OrganizationProfile? bidder, string bidderId, string envelopeSha256, string? signatureBase64)
    {
        var signature = SigningKeys.Decode(signatureBase64);
        var hash = Convert.FromHexString(envelopeSha256);
        var key = SigningKeys.Matching(bidder, verifier => EnvelopeIdentity.Verify(verifier, hash, signature))
                  ?? throw RuleViolationException.Of("EBM-26-SIGNATURE", ("bidder", bidderId));
        return key.CertificateSerial;
    }
}
