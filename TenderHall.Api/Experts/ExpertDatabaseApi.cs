using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Problems;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Experts;

/// <summary>
/// Managing the expert database: search, import and export, status, unavailability, penalties, ratings and appeals. Who
/// the experts are is known to the centre and supervision only (<c>/api/v1/specialties</c> gives everyone the counts).
/// </summary>
public static class ExpertDatabaseApi
{
    /// <summary>Largest import file.</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Maps the endpoints under <c>/api/v1/experts</c>.</summary>
    public static IEndpointRouteBuilder MapExpertDatabaseApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/experts").WithTags("Experts");
        api.MapGet("/search", Search).RequireAuthorization(Policies.DirectoryReader).WithSummary("Searches the expert database by text, specialty and status.");
        api.MapGet("/export", Export).RequireAuthorization(Policies.CentreAdmin).WithSummary("The whole database as CSV or XLSX (format=csv|xlsx), in the import layout.");
        api.MapPost("/import", Import).RequireAuthorization(Policies.CentreAdmin)
            .WithSummary("Imports a CSV or XLSX file (format=csv|xlsx, the file as the body): every row, or none and a report of every rejected row.");
        api.MapGet("/me", Me).RequireAuthorization(Policies.Expert).WithSummary("The signed-in expert's own record.");
        api.MapPost("/{id}/status", Status).RequireAuthorization(Policies.CentreAdmin).WithSummary("Suspends, reinstates or strikes off an expert, with a reason.");
        api.MapPost("/{id}/unavailability", Unavailable).RequireAuthorization(Policies.ExpertOrCentre).WithSummary("Records a period the expert cannot evaluate.");
        api.MapPost("/{id}/penalties", Penalty).RequireAuthorization(Policies.CentreOrSupervision).WithSummary("Records a penalty against the expert.");
        api.MapPost("/{id}/ratings", Rate).RequireAuthorization(Policies.ExpertRater)
            .WithSummary("The draw's agency or a supervisor rates the expert after an evaluation; poor records suspend per the centre's rules.");
        api.MapPost("/{id}/appeal", Appeal).RequireAuthorization(Policies.Expert).WithSummary("The expert appeals against their suspension.");
        api.MapPost("/{id}/appeal/decision", Decide).RequireAuthorization(Policies.CentreAdmin).WithSummary("The centre decides the pending appeal.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ExpertProfile>>> Search(IGrainFactory grains, string? q, string? specialty, ExpertStatus? status)
    {
        if (specialty is not null && !Specialties.IsKnown(specialty))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "specialty"), ("detail", "unknown specialty code"));
        return TypedResults.Ok(await grains.GetGrain<IExpertDirectoryGrain>(0).Search(new ExpertQuery { Text = q?.Trim() ?? "", Specialty = specialty, Status = status }));
    }

    private static async Task<FileContentHttpResult> Export(IGrainFactory grains, string? format)
    {
        var kind = Format(format);
        var experts = await grains.GetGrain<IExpertDirectoryGrain>(0).Search(new ExpertQuery());
        return TypedResults.File(ExpertFiles.Write(experts, kind), kind == "xlsx" ? ExpertFiles.Xlsx : ExpertFiles.Csv, $"experts.{kind}");
    }

    private static async Task<Ok<ImportReportView>> Import(HttpContext context, IGrainFactory grains, string? format)
    {
        var kind = Format(format);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length == 0 || body.Length > MaxFileBytes)
            throw RuleViolationException.Of("EXPERT-IMPORT", ("detail", $"send the file as the request body, 1 byte to {MaxFileBytes / 1024 / 1024} MiB"));
        var file = body.ToArray();
        var rows = ExpertFiles.Read(file, kind);
        var report = await grains.GetGrain<IExpertImportGrain>(Convert.ToHexStringLower(SHA256.HashData(file))).Run(context.ToActor(), rows);
        var language = RequestLanguage.Of(context);
        return TypedResults.Ok(new ImportReportView(report.ImportId, report.Rows, report.Applied, report.Entered, report.Updated,
            [.. report.Rejected.Select(r => new RejectionView(r.Row, r.Id, r.Rule, RuleCatalogue.Describe(r.Rule, language, r.Args)))]));
    }

    private static async Task<Ok<ExpertProfile>> Me(IGrainFactory grains, HttpContext context)
    {
        var id = context.ToActor().OrganizationId ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        return TypedResults.Ok(await grains.GetGrain<IExpertGrain>(id).Get() ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", id)));
    }

    private static async Task<Ok<ExpertProfile>> Status(string id, StatusRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IExpertGrain>(id).ChangeStatus(context.ToActor(), request.Status, request.Reason ?? "", request.Until));

    private static async Task<Ok<ExpertProfile>> Unavailable(string id, UnavailabilityRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IExpertGrain>(id).AddUnavailability(context.ToActor(), new Unavailability { From = request.From, To = request.To, Reason = request.Reason ?? "" }));

    private static async Task<Ok<ExpertProfile>> Penalty(string id, TextRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IExpertGrain>(id).AddPenalty(context.ToActor(), request.Text ?? ""));

    private static async Task<Ok<ExpertProfile>> Rate(string id, RatingRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IExpertGrain>(id).Rate(context.ToActor(), new ExpertRating
        {
            TenderId = request.TenderId ?? "", Attendance = request.Attendance, Independence = request.Independence, Quality = request.Quality,
        }));

    private static async Task<Ok<ExpertProfile>> Appeal(string id, TextRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IExpertGrain>(id).Appeal(context.ToActor(), request.Text ?? ""));

    private static async Task<Ok<ExpertProfile>> Decide(string id, AppealDecisionRequest request, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<IExpertGrain>(id).DecideAppeal(context.ToActor(), request.Granted, request.Decision ?? ""));

    private static string Format(string? format) => format?.ToLowerInvariant() switch
    {
        null or "csv" => "csv",
        "xlsx" => "xlsx",
        _ => throw RuleViolationException.Of("REQ-FIELD", ("field", "format"), ("detail", "csv or xlsx")),
    };
}
