using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Problems;
using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Ratings;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Hall;

/// <summary>Performance figures per department, window and officer (seed: 绩效评估), for the centre and supervision only: an officer's figures and ratings are never public.</summary>
public static class PerformanceApi
{
    /// <summary>Maps <c>/api/v1/licensing/performance</c>.</summary>
    public static IEndpointRouteBuilder MapPerformanceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/licensing/performance").WithTags("Hall");
        api.MapGet("", Figures).RequireAuthorization(Policies.CentreOrSupervision)
            .WithSummary("On-time rate, on-the-spot completion rate, overdue cases, average handling time in working days and ratings, per department (fast-track apart), window and officer, over the cases accepted from..to (Beijing days).");
        api.MapGet("/chart.svg", Chart).RequireAuthorization(Policies.CentreOrSupervision)
            .WithSummary("One figure as a bar chart (SVG, server-rendered, in the request's language) per department, or per window or officer of one department.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<DepartmentPerformance>>> Figures(IGrainFactory grains, string? department, DateOnly? from, DateOnly? to) =>
        TypedResults.Ok(await Load(grains, department, Period(from, to)));

    private static async Task<ContentHttpResult> Chart(IGrainFactory grains, HttpContext context, string? figure, string? by, string? department, DateOnly? from, DateOnly? to)
    {
        var chosen = Enum.TryParse<ChartFigure>(figure, ignoreCase: true, out var f) && Enum.IsDefined(f) ? f
            : throw RuleViolationException.Of("REQ-FIELD", ("field", "figure"), ("detail", string.Join(", ", Enum.GetNames<ChartFigure>())));
        var unit = by is null ? ChartUnit.Department : Enum.TryParse<ChartUnit>(by, ignoreCase: true, out var u) && Enum.IsDefined(u) ? u
            : throw RuleViolationException.Of("REQ-FIELD", ("field", "by"), ("detail", string.Join(", ", Enum.GetNames<ChartUnit>())));
        if (unit != ChartUnit.Department && string.IsNullOrWhiteSpace(department))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "department"), ("detail", "the department whose windows or officers are charted"));
        var performance = await Load(grains, department, Period(from, to));
        var svg = PerformanceChart.Render(PerformanceChart.Bars(performance, chosen, unit), chosen, unit, RequestLanguage.Of(context));
        return TypedResults.Text(svg, "image/svg+xml; charset=utf-8");
    }

    /// <summary>The figures of <paramref name="department"/>, or of every department with cases, each with its rating results.</summary>
    public static async Task<IReadOnlyList<DepartmentPerformance>> Load(IGrainFactory grains, string? department, PerformancePeriod period)
    {
        var ids = string.IsNullOrWhiteSpace(department) ? await DirectoryIndexes.AllIds(grains, PerformanceKeys.Departments) : [department.Trim()];
        return await Task.WhenAll(ids.Order(StringComparer.Ordinal).Select(async id =>
        {
            var figures = await grains.GetGrain<IPerformanceGrain>(id).Figures(period);
            figures.Ratings = await grains.GetGrain<IRatingTallyGrain>(id).Get();
            return figures;
        }));
    }

    private static PerformancePeriod Period(DateOnly? from, DateOnly? to) =>
        from > to ? throw RuleViolationException.Of("REQ-FIELD", ("field", "from"), ("detail", "not after to")) : new PerformancePeriod(from, to);
}
