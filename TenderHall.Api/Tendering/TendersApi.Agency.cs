using Microsoft.AspNetCore.Http.HttpResults;
using TenderHall.Api.Auth;
using TenderHall.Api.Problems;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Tendering;

/// <summary>What the agency reads while it plans and runs a tender: the deadline engine's previews and the questions to answer.</summary>
public static partial class TendersApi
{
    private static void MapAgencyEndpoints(RouteGroupBuilder api)
    {
        api.MapPost("/schedule-preview", PreviewSchedule).RequireAuthorization(Policies.Agency)
            .WithSummary("The earliest legal dates of a schedule being planned and the rule behind each (BL 24, BLR 16, GPR 31, BLR 22, BL 23), by the deadline engine that checks publication; stores nothing.");
        api.MapGet("/{id}/clarification-preview", PreviewClarification).RequireAuthorization(Policies.Agency)
            .WithSummary("What a clarification or amendment published now does to the bid deadline (BL 23, GPR 31: 15 days before it); stores nothing.");
        api.MapGet("/{id}/questions", Questions).RequireAuthorization(Policies.Agency)
            .WithSummary("The questions asked, for the agency running the tender; never who asked (BL 22).");
    }

    private static Ok<SchedulePreviewView> PreviewSchedule(SchedulePreviewRequest request, ITenderCalendar calendar, PlatformClock clock, HttpContext context)
    {
        if (request.Regime is not { } regime || !Enum.IsDefined(regime))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "regime"), ("detail", "Engineering or GovernmentProcurement"));
        // Dates near the type's limits would overflow Beijing-time arithmetic; nearer years without a calendar get CAL-YEAR-MISSING.
        foreach (var (field, value) in new[] { ("saleStart", request.SaleStart), ("saleEnd", request.SaleEnd), ("bidDeadline", request.BidDeadline) })
            if (value is { Year: < 2000 or > 2100 })
                throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", "a date between the years 2000 and 2100"));
        var preview = calendar.Preview(regime, clock.UtcNow, request.SaleStart, request.SaleEnd, request.BidDeadline);
        var language = RequestLanguage.Of(context);
        var problems = preview.Problems
            .Select(p => new ScheduleProblemView(p.Rule, p.Field, RuleCatalogue.Describe(p.Rule, language, p.Values), RuleCatalogue.Get(p.Rule).Source, p.Values))
            .ToList();
        return TypedResults.Ok(new SchedulePreviewView(preview.Regime, preview.SaleStart, preview.SaleEnd, preview.BidDeadline, preview.Limits, problems, preview.Days));
    }

    private static async Task<Ok<ClarificationPreview>> PreviewClarification(string id, IGrainFactory grains, ITenderCalendar calendar, PlatformClock clock, HttpContext context)
    {
        var view = await grains.GetGrain<ITenderGrain>(id).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", id));
        if (context.ToActor().OrganizationId != view.Registration.AgencyId) throw RuleViolationException.Of("TENDER-OWNER", ("id", id));
        // A clarification goes out only while the tender runs towards its deadline (Tender.Clarify checks the same statuses).
        if (view.Schedule is not { } schedule || view.Status is not (TenderStatus.Announced or TenderStatus.DocumentsOnSale or TenderStatus.Tendering or TenderStatus.Suspended))
            throw RuleViolationException.Of("TENDER-STATE", ("id", id), ("status", view.Status), ("action", "publish a clarification"));
        return TypedResults.Ok(calendar.Clarifying(view.Regime, clock.UtcNow, schedule.BidDeadline));
    }

    private static async Task<Ok<IReadOnlyList<QuestionView>>> Questions(string id, IGrainFactory grains, HttpContext context) =>
        TypedResults.Ok(await grains.GetGrain<ITenderGrain>(id).Questions(context.ToActor()));
}
