using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace TenderHall.Portal.Security;

/// <summary>
/// The portal's Content-Security-Policy: scripts and the style sheet run only with this response's nonce, so nothing
/// injected into a page (an inline handler, a script element from data) runs next to the sign-in page's key handling.
/// </summary>
public static class PagePolicy
{
    private const string NonceItem = "TenderHall.Portal.Nonce";

    /// <summary>This response's nonce (128 random bits), created on first use.</summary>
    public static string Nonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceItem] is string nonce) return nonce;
        // Hex: inside the base64 alphabet CSP nonces use, and nothing in it is escaped when written into an attribute.
        nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItem] = nonce;
        return nonce;
    }

    /// <summary>
    /// The policy header for a page: its own nonced scripts and style, fetches and the live feed's socket to this
    /// origin only, no framing, no plugins, no base-URL or form-target changes.
    /// </summary>
    public static string For(HttpContext context) =>
        $"default-src 'none'; script-src 'nonce-{Nonce(context)}'; style-src 'nonce-{Nonce(context)}'; connect-src 'self'; img-src 'self' data:; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
}
