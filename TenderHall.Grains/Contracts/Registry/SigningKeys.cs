using System.Security.Cryptography;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Contracts.Registry;

/// <summary>Finds which current signing key of an organisation made a signature: one rule for bids, shares, sign-ins and records.</summary>
public static class SigningKeys
{
    /// <summary>The current (not retired) signing key for which <paramref name="verifies"/> holds, or null.</summary>
    public static PublicKeyRecord? Matching(OrganizationProfile? organization, Func<SignatureVerifier, bool> verifies) =>
        organization?.Keys.FirstOrDefault(k => k.Use == "signing" && k.RetiredAt is null
            && verifies(SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(k.SubjectPublicKeyInfo))));

    /// <summary>The current (not retired) signing key whose key id is <paramref name="keyId"/>, or null.</summary>
    public static SignatureVerifier? Current(OrganizationProfile? organization, string keyId) =>
        organization?.Keys.FirstOrDefault(k => k.Use == "signing" && k.RetiredAt is null && k.KeyId == keyId) is { } key
            ? SignatureVerifier.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key.SubjectPublicKeyInfo))
            : null;

    /// <summary>The current signing key that signed <paramref name="message"/> with <paramref name="signature"/>, or null.</summary>
    public static PublicKeyRecord? Signed(OrganizationProfile? organization, byte[] message, byte[] signature) =>
        Matching(organization, verifier => verifier.Verify(message, signature));

    /// <summary>Key id: lowercase hex of the first 8 bytes of SHA-256 over the DER SubjectPublicKeyInfo.</summary>
    public static string KeyIdOf(ReadOnlySpan<byte> spki) => Convert.ToHexStringLower(SHA256.HashData(spki)[..8]);

    /// <summary>Decodes a base64 signature; malformed text is an empty signature, which verifies nothing.</summary>
    public static byte[] Decode(string? base64)
    {
        try { return Convert.FromBase64String(base64 ?? ""); }
        catch (FormatException) { return []; }
    }
}
