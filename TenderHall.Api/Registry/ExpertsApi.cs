using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Common;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Registry;

/// <summary>The expert database. Who is in it is not public: a draw must not be predictable (BLR 46).</summary>
public static class ExpertsApi
{
    /// <summary>Maps <c>/api/v1/experts</c> and <c>/api/v1/specialties</c>.</summary>
    public static IEndpointRouteBuilder MapExpertsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Experts");
        api.MapGet("/specialties", Specialties).AllowAnonymous().WithSummary("Specialties of the expert database and how many experts each has.");
        api.MapGet("/experts", List).RequireAuthorization(Policies.DirectoryReader).WithSummary("Lists the expert database.");
        api.MapGet("/experts/{id}", Get).RequireAuthorization(Policies.DirectoryReader).WithSummary("One expert.");
        api.MapPost("/experts", Register).RequireAuthorization(Policies.CentreAdmin).WithMetadata(new IdempotentAttribute())
            .WithSummary("Enters an expert into the database.");
        return app;
    }

    private static async Task<Ok<List<SpecialtyView>>> Specialties(IGrainFactory grains)
    {
        var views = await Task.WhenAll(Grains.Contracts.Registry.Specialties.All.Select(async s =>
        {
            var page = await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.ExpertsBySpecialty(s.Key)).List(0, 0);
            return new SpecialtyView(s.Key, s.Value.Zh, s.Value.En, page.Total);
        }));
        return TypedResults.Ok(views.OrderBy(v => v.Code, StringComparer.Ordinal).ToList());
    }

    private static Task<Page<ExpertProfile>> List(IGrainFactory grains, string? specialty, int? skip, int? take)
    {
        if (specialty is not null && !Grains.Contracts.Registry.Specialties.IsKnown(specialty))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "specialty"), ("detail", "unknown specialty code"));
        var index = specialty is null ? DirectoryIndexKeys.Experts : DirectoryIndexKeys.ExpertsBySpecialty(specialty);
        return Paging.Load(grains, index, skip, take, id => grains.GetGrain<IExpertGrain>(id).Get());
    }

    private static async Task<Ok<ExpertProfile>> Get(IGrainFactory grains, string id) =>
        TypedResults.Ok(await grains.GetGrain<IExpertGrain>(id).Get() ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", id)));

    private static async Task<Created<ExpertProfile>> Register(ExpertRequest request, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request.Id) || request.Id.Length > 64)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "id"), ("detail", "1-64 characters"));
        var stored = await grains.GetGrain<IExpertGrain>(request.Id).Register(new ExpertProfile
        {
            Name = request.Name ?? "",
            Specialties = [.. request.Specialties ?? []],
            EmployerCreditCode = request.EmployerCreditCode ?? "",
            EmployerName = request.EmployerName ?? "",
            Title = request.Title ?? "",
            TitleLevel = request.TitleLevel,
            YearsInField = request.YearsInField,
            Region = request.Region ?? "",
            Mobile = request.Mobile ?? "",
            PastEmployers = [.. request.PastEmployers ?? []],
            Relationships = [.. request.Relationships ?? []],
        });
        return TypedResults.Created($"/api/v1/experts/{stored.Id}", stored);
    }
}
