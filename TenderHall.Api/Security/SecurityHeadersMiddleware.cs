using Microsoft.AspNetCore.Components.Endpoints;
using TenderHall.Api.Hosting;
using TenderHall.Portal.Security;

namespace TenderHall.Api.Security;

/// <summary>
/// Puts the security headers on every answer, refusals included: they are added as the response starts, after the
/// exception handler has cleared whatever the endpoint set.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>API answers are data, never documents to render or frame.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>The API reference page (Scalar) runs its bundled script and inline configuration from this origin only.</summary>
    public const string ReferencePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                                          "font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>One year, subdomains included: the centre serves every name over TLS once it serves one.</summary>
    public const string TransportPolicy = "max-age=31536000; includeSubDomains";

    /// <summary>Handles one request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = PolicyFor(context);
            if (context.Request.IsHttps) headers.StrictTransportSecurity = TransportPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string PolicyFor(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null) return PagePolicy.For(context);
        return context.Request.Path.StartsWithSegments(ApiExtensions.ReferencePath) ? ReferencePolicy : ApiPolicy;
    }
}
