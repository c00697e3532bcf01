using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Projects;

/// <summary>What a project registration must say.</summary>
public static class ProjectRules
{
    /// <summary>Throws a rule violation naming the first problem.</summary>
    public static void Validate(ProjectRegistration project)
    {
        InvestmentProjectCode.Validate(project.Code, "code");
        if (string.IsNullOrWhiteSpace(project.Name) || project.Name.Length > 200) throw Field("name", "1-200 characters");
        if (!Enum.IsDefined(project.Type)) throw Field("type", "Works, Goods or Services");
        if (!Enum.IsDefined(project.Regime)) throw Field("regime", "Engineering or GovernmentProcurement");
        if (project.EstimatedValueFen <= 0) throw Field("estimatedValueFen", "must be positive");
        if (string.IsNullOrWhiteSpace(project.Tenderee)) throw Field("tenderee", "required");
        var scheme = project.Scheme;
        if (scheme.Scope.Count == 0 || scheme.Scope.Any(string.IsNullOrWhiteSpace)) throw Field("scheme.scope", "name every lot to be tendered");
        if (!Enum.IsDefined(scheme.Method)) throw Field("scheme.method", "Open or Invited");
        if (!Enum.IsDefined(scheme.Organisation)) throw Field("scheme.organisation", "SelfRun or Agency");
        if (string.IsNullOrWhiteSpace(scheme.ApprovedBy) || string.IsNullOrWhiteSpace(scheme.ApprovalNumber))
            throw RuleViolationException.Of("BLR-7", ("detail", "the approving department and approval number of the tender scheme are required"));
    }

    private static RuleViolationException Field(string field, string detail) =>
        RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", detail));
}
