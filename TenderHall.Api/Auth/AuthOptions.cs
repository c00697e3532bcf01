namespace TenderHall.Api.Auth;

/// <summary>The <c>TenderHall:Auth</c> section: who issues tokens and how they are checked.</summary>
public sealed class AuthOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:Auth";

    /// <summary>Token issuer of the embedded profile's sign-in endpoint.</summary>
    public string Issuer { get; set; } = "tenderhall";

    /// <summary>Audience every token must name.</summary>
    public string Audience { get; set; } = "tenderhall-api";

    /// <summary>OpenID Connect authority whose tokens the cluster profile accepts.</summary>
    public string? Authority { get; set; }

    /// <summary>
    /// Tests and fault drills only (<c>eng/faults.sh</c>), never set by default: a base64 256-bit HMAC key standing in for
    /// the OpenID Connect authority of the cluster profile. Tokens signed with it (issuer <see cref="Issuer"/>, audience
    /// <see cref="Audience"/>) are accepted instead of the authority's, so whoever holds the key can sign in as anyone.
    /// </summary>
    public string? TestAuthorityKey { get; set; }

    /// <summary>Claim that carries roles in the authority's tokens.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>Lifetime of tokens issued by the embedded sign-in endpoint.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
