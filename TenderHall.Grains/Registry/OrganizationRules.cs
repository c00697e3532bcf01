using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Registry;

/// <summary>What makes an organisation profile and its keys acceptable.</summary>
public static class OrganizationRules
{
    private static readonly string[] Uses = ["signing", "encryption"];
    private static readonly string[] Algorithms = ["ecdsa-p256", "ecdh-p256", "sm2", "ed25519"];

    /// <summary>Checks the profile's fields and keys; throws a rule violation naming the first problem.</summary>
    public static void Validate(OrganizationProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.Id) || profile.Id.Length > 64 || !profile.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw Field("id", "1-64 letters, digits, '-' or '_'");
        if (!Enum.IsDefined(profile.Kind)) throw Field("kind", "Department, Agency or Bidder");
        if (string.IsNullOrWhiteSpace(profile.NameZh) || profile.NameZh.Length > 200) throw Field("nameZh", "1-200 characters");
        if (string.IsNullOrWhiteSpace(profile.NameEn) || profile.NameEn.Length > 200) throw Field("nameEn", "1-200 characters");
        CreditCode.Validate(profile.CreditCode);
        foreach (var key in profile.Keys) ValidateKey(key);
    }

    /// <summary>Checks a key record and fills in its key id from the key bytes.</summary>
    public static void ValidateKey(PublicKeyRecord key)
    {
        if (!Uses.Contains(key.Use)) throw Key("use must be 'signing' or 'encryption'");
        if (!Algorithms.Contains(key.Algorithm)) throw Key("algorithm must be one of " + string.Join(", ", Algorithms));
        byte[] spki;
        try { spki = Convert.FromBase64String(key.SubjectPublicKeyInfo); }
        catch (FormatException) { throw Key("subjectPublicKeyInfo is not base64"); }
        if (spki.Length is < 32 or > 1024) throw Key("subjectPublicKeyInfo has an impossible length");
        key.KeyId = SigningKeys.KeyIdOf(spki);
    }

    private static RuleViolationException Field(string field, string detail) =>
        RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", detail));

    private static RuleViolationException Key(string detail) => RuleViolationException.Of("DIR-KEY", ("detail", detail));
}
