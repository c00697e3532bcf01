namespace TenderHall.Grains.Deadlines;

/// <summary>The statutory periods of both rule sets; numbers from secondary sources may be overridden, checked ones may not.</summary>
public sealed class StatutoryPeriods
{
    private readonly Dictionary<(RuleSet, PeriodId), StatutoryPeriod> periods;

    private StatutoryPeriods(Dictionary<(RuleSet, PeriodId), StatutoryPeriod> periods) => this.periods = periods;

    /// <summary>The periods as the law and domain-rules.md state them.</summary>
    public static StatutoryPeriods Default { get; } = new(
        EngineeringPeriods.All().Select(p => (Set: RuleSet.Engineering, Period: p))
            .Concat(ProcurementPeriods.All().Select(p => (Set: RuleSet.GovernmentProcurement, Period: p)))
            .ToDictionary(e => (e.Set, e.Period.Id), e => e.Period));

    /// <summary>Every period of <paramref name="ruleSet"/>.</summary>
    public IEnumerable<StatutoryPeriod> For(RuleSet ruleSet) =>
        periods.Where(p => p.Key.Item1 == ruleSet).Select(p => p.Value).OrderBy(p => p.Id);

    /// <summary>The period, or false when the rule set's law has no such period.</summary>
    public bool TryGet(RuleSet ruleSet, PeriodId id, out StatutoryPeriod period) => periods.TryGetValue((ruleSet, id), out period!);

    /// <summary>The period; asking for one the rule set's law does not have is a programming error.</summary>
    public StatutoryPeriod Get(RuleSet ruleSet, PeriodId id) =>
        TryGet(ruleSet, id, out var period) ? period : throw new KeyNotFoundException($"{ruleSet} has no statutory period {id}.");

    /// <summary>A copy with another number for an unchecked period (domain-rules.md: unchecked numbers stay configurable).</summary>
    public StatutoryPeriods WithAmount(RuleSet ruleSet, PeriodId id, int amount)
    {
        var period = Get(ruleSet, id);
        if (period.Checked) throw new InvalidOperationException($"{period.Code} is read from the law ({period.Citation}); it cannot be configured.");
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 1);
        return With(period with { Amount = amount }, ruleSet);
    }

    /// <summary>A copy with another reading of an ambiguous period (e.g. a centre that counts the sale window's first day).</summary>
    public StatutoryPeriods WithReading(RuleSet ruleSet, PeriodId id, CountingReading reading) =>
        With(Get(ruleSet, id) with { Reading = reading }, ruleSet);

    private StatutoryPeriods With(StatutoryPeriod period, RuleSet ruleSet) =>
        new(new Dictionary<(RuleSet, PeriodId), StatutoryPeriod>(periods) { [(ruleSet, period.Id)] = period });
}
