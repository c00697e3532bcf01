using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Tendering;

/// <summary>The project registry: approved projects and their tender schemes are public.</summary>
public static class ProjectsApi
{
    /// <summary>Maps <c>/api/v1/projects</c>.</summary>
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/projects").WithTags("Projects");
        api.MapGet("", List).AllowAnonymous().WithSummary("Lists registered projects.");
        api.MapGet("/{code}", Get).AllowAnonymous().WithSummary("One project, its approved tender scheme and its tenders.");
        api.MapPost("", Register).RequireAuthorization(Policies.Agency).WithMetadata(new IdempotentAttribute())
            .WithSummary("Registers a project with its approved tender scheme (BLR 7).");
        return app;
    }

    private static Task<Page<ProjectRegistration>> List(IGrainFactory grains, int? skip, int? take) =>
        Paging.Load(grains, DirectoryIndexKeys.Projects, skip, take, code => grains.GetGrain<IProjectGrain>(code).Get());

    private static async Task<Ok<ProjectView>> Get(IGrainFactory grains, string code)
    {
        var project = grains.GetGrain<IProjectGrain>(code);
        var registration = await project.Get() ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", code));
        return TypedResults.Ok(new ProjectView(registration, await project.Tenders()));
    }

    private static async Task<Created<ProjectRegistration>> Register(ProjectRegistration request, IGrainFactory grains, HttpContext context)
    {
        request.AgencyId = context.ToActor().OrganizationId ?? "";
        if (string.IsNullOrWhiteSpace(request.Code) || request.Code.Length > 64)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "code"), ("detail", "the national investment-project code"));
        var stored = await grains.GetGrain<IProjectGrain>(request.Code).Register(request);
        return TypedResults.Created($"/api/v1/projects/{stored.Code}", stored);
    }
}
