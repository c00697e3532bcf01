namespace TenderHall.Grains.Contracts.Rules;

/// <summary>A request refused by a named rule; the API renders it as problem details in the caller's language.</summary>
[GenerateSerializer, Alias("th.RuleViolationException")]
public sealed class RuleViolationException : Exception
{
    /// <summary>Creates a violation of <paramref name="rule"/> with the values its message template names.</summary>
    public RuleViolationException(string rule, IReadOnlyDictionary<string, string>? args = null)
        : base(RuleCatalogue.Describe(rule, "en", args))
    {
        Rule = rule;
        Args = args is null ? [] : new Dictionary<string, string>(args);
    }

    /// <summary>The stable rule code, e.g. <c>BLR-22</c>.</summary>
    [Id(0)] public string Rule { get; }

    /// <summary>Values for the message template (dates, limits, ids).</summary>
    [Id(1)] public Dictionary<string, string> Args { get; }

    /// <summary>Shorthand for a violation with named values.</summary>
    public static RuleViolationException Of(string rule, params (string Name, object? Value)[] args) =>
        new(rule, args.ToDictionary(a => a.Name, a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
}
