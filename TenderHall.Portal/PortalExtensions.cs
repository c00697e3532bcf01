using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace TenderHall.Portal;

/// <summary>
/// Hosts the portal in the API's process: <c>/</c>, <c>/tenders</c>, <c>/licensing</c>, <c>/agencies</c>, and the bidder's
/// <c>/signin</c> and <c>/my</c>, whose scripts call the API with a token the server never sees in a page request.
/// </summary>
public static class PortalExtensions
{
    private static readonly HttpMethodMetadata ReadOnlyMethods = new([HttpMethods.Get, HttpMethods.Head]);

    /// <summary>Registers the Razor component renderer (static server-side rendering only).</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        return builder;
    }

    /// <summary>Maps the portal's pages; they are public and read-only (a bidder's data is fetched by its page's script, not rendered).</summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapRazorComponents<App>()
            .AllowAnonymous()
            // The pages post no forms (search is a GET form): no antiforgery token, and only GET and HEAD are answered.
            .DisableAntiforgery()
            .Add(endpoint =>
            {
                if (endpoint.Metadata.OfType<ComponentTypeMetadata>().Any()) endpoint.Metadata.Add(ReadOnlyMethods);
            });
        return app;
    }
}
