using TenderHall.Api.Auth;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Licensing;

/// <summary>Who sees a case (its applicant, the deciding department, its window and joint departments) and the signed PDF of each of its steps.</summary>
internal static class LicensingCaseDocuments
{
    private static readonly string[] DepartmentRoles = [Roles.WindowOfficer, Roles.DepartmentReviewer, Roles.ChiefRepresentative, Roles.DepartmentHead];

    /// <summary>The case if the caller applied for it, belongs to the applicant's organisation, or works for the department; else 404.</summary>
    public static async Task<CaseView> Visible(string number, IGrainFactory grains, HttpContext context)
    {
        var view = await grains.GetGrain<ILicensingCaseGrain>(number).Get();
        var actor = context.ToActor();
        var applicant = view is not null && (view.AppliedBy == actor.UserName
            || (actor.OrganizationId is { } org && org == view.Application.ApplicantOrganizationId));
        // The deciding department, the window that received it, and for a joint case every department with a part.
        var department = view is not null && DepartmentRoles.Any(actor.Is) && actor.OrganizationId is { } own
                         && (own == view.Item.DepartmentId || own == view.WindowId || view.SubCases.Any(s => s.DepartmentId == own));
        // A case the caller may not see answers as one that does not exist: its number reveals nothing more.
        return applicant || department ? view! : throw RuleViolationException.Of("LIC-CASE-NONE", ("id", number));
    }

    /// <summary>The signed PDF of step <paramref name="sequence"/>; only steps that issue a document have one.</summary>
    public static async Task<IResult> Pdf(string number, int sequence, IGrainFactory grains, LicensingCasePdf renderer, HttpContext context)
    {
        var view = await Visible(number, grains, context);
        var step = view.Steps.FirstOrDefault(s => s.Sequence == sequence && s.Document)
                   ?? throw RuleViolationException.Of("LIC-CASE-NONE", ("id", $"{number}/{sequence}"));
        return TypedResults.File(await renderer.Render(view, step), "application/pdf", $"{number}-{sequence}-{step.Kind}.pdf");
    }
}
