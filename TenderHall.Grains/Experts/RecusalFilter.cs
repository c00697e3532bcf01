using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>
/// The recusal filters (BLR 46; 评标委员会和评标方法暂行规定 Art 12; the centre's draw rules), run on the pool frozen at
/// request time. Each ground has a stable name, which the draw's commit lists with its parameters.
/// </summary>
public sealed class RecusalFilter(ExpertPolicy policy)
{
    /// <summary>The grounds applied to <paramref name="context"/>, as the commit states them.</summary>
    public IReadOnlyList<string> Rules(RecusalContext context)
    {
        List<string> rules =
        [
            "status:active", "unavailable:at-evaluation", $"employment:{policy.EmploymentLookbackYears}y:bidders,tenderee,agency",
            "relationships:bidders,tenderee,agency", $"penalty:{policy.PenaltyLookbackYears}y", $"agency:max-{policy.MaxDrawsPerAgency}-in-{policy.RecentDrawDays}d",
        ];
        if (context.Regions.Count > 0) rules.Add("region:" + string.Join(",", context.Regions.Order(StringComparer.Ordinal)));
        return rules;
    }

    /// <summary>The first ground that recuses <paramref name="expert"/>, or null when the expert is eligible.</summary>
    public string? Ground(ExpertProfile expert, RecusalContext context)
    {
        // Plain loops, no lambdas: a draw runs this over every expert of its specialties (docs/performance.md).
        if (ExpertRatingRules.Effective(expert, context.Now) != ExpertStatus.Active) return "status";
        foreach (var u in expert.Unavailable)
            if (u.From <= context.EvaluationAt && context.EvaluationAt < u.To) return "unavailable";
        if (context.InterestedCreditCodes.Contains(expert.EmployerCreditCode)) return "employment";
        foreach (var e in expert.PastEmployers)
        {
            if ((e.To is null || e.To >= DateOnly.FromDateTime(context.Now.UtcDateTime.AddYears(-policy.EmploymentLookbackYears)))
                && context.InterestedCreditCodes.Contains(e.CreditCode))
                return "employment";
        }

        foreach (var r in expert.Relationships)
            if (context.InterestedCreditCodes.Contains(r.CreditCode)) return "relationships";
        foreach (var p in expert.Penalties)
            if (p.At > context.Now.AddYears(-policy.PenaltyLookbackYears)) return "penalty";
        var recent = 0;
        foreach (var d in expert.Draws)
            if (d.AgencyId == context.AgencyId && d.At > context.Now.AddDays(-policy.RecentDrawDays)) recent++;
        if (recent >= policy.MaxDrawsPerAgency) return "agency";
        if (context.Regions.Count > 0 && !context.Regions.Contains(expert.Region)) return "region";
        return null;
    }

    /// <summary>The eligible experts of <paramref name="experts"/> and how many each ground recused.</summary>
    public (List<ExpertProfile> Eligible, Dictionary<string, int> Recused) Apply(IEnumerable<ExpertProfile> experts, RecusalContext context)
    {
        var eligible = new List<ExpertProfile>();
        var recused = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var expert in experts)
        {
            if (Ground(expert, context) is { } ground) recused[ground] = recused.GetValueOrDefault(ground) + 1;
            else eligible.Add(expert);
        }

        return (eligible, recused);
    }
}
