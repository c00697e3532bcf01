using System.Collections.Frozen;
using System.Text;

namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Every rule code the platform can answer with, and its messages in English and Chinese.</summary>
public static partial class RuleCatalogue
{
    private static readonly FrozenDictionary<string, Rule> ByCode = All().ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>The rule with this code; unknown codes are a programming error.</summary>
    public static Rule Get(string code) =>
        ByCode.TryGetValue(code, out var rule) ? rule : throw new KeyNotFoundException($"Rule code '{code}' is not in the catalogue.");

    /// <summary>Every rule, for documentation.</summary>
    public static IEnumerable<Rule> Rules => ByCode.Values.OrderBy(r => r.Code, StringComparer.Ordinal);

    /// <summary>The rule's message in <paramref name="language"/> (<c>zh</c> or <c>en</c>) with the values filled in.</summary>
    public static string Describe(string code, string language, IReadOnlyDictionary<string, string>? args)
    {
        var rule = Get(code);
        var template = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? rule.Zh : rule.En;
        if (args is null || args.Count == 0) return template;
        var text = new StringBuilder(template);
        foreach (var (name, value) in args) text.Replace("{" + name + "}", value);
        return text.ToString();
    }
}
