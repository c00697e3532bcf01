using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Tendering;

/// <summary>
/// <c>GET /api/v1/objections/mine</c>: the caller's own objections to tender documents on every tender (the Portal's "My
/// objections"), each with its answer clock. Who objected is never public (BL 22): the list is the organisation's own.
/// </summary>
public static class MyObjectionsApi
{
    /// <summary>The index of the tenders an organisation objected to; a tender is added before the objection is raised.</summary>
    public static string IndexOf(string organizationId) => $"objections-by:{organizationId}";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapMyObjectionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/objections/mine", List).WithTags("Tenders").RequireAuthorization(Policies.Objector)
            .WithSummary("The caller's own objections to tender documents on every tender, newest first, each with its answer clock (BLR 22).");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<MyObjection>>> List(HttpContext context, IGrainFactory grains)
    {
        var actor = context.ToActor();
        if (string.IsNullOrEmpty(actor.OrganizationId)) return TypedResults.Ok<IReadOnlyList<MyObjection>>([]);
        var tenders = await DirectoryIndexes.AllIds(grains, IndexOf(actor.OrganizationId));
        var rows = await Task.WhenAll(tenders.Select(async id =>
        {
            var tender = grains.GetGrain<ITenderGrain>(id);
            if (await tender.Get() is not { } view) return Enumerable.Empty<MyObjection>();
            // The tender answers a bidder with its own objections only.
            return (await tender.Objections(actor)).Select(o => new MyObjection(id, view.Registration.Title, view.Status, o));
        }));
        return TypedResults.Ok<IReadOnlyList<MyObjection>>([.. rows.SelectMany(r => r).OrderByDescending(r => r.Objection.RaisedAt)]);
    }
}
