using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Licensing;

/// <summary>Checks of request fields before any grain is asked, so bad input changes nothing.</summary>
internal static class CaseInput
{
    /// <summary>A trimmed text of 1-<paramref name="max"/> characters, or <c>REQ-FIELD</c>.</summary>
    public static string Text(string? value, string field, int max = 2000)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Length > max)
            throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", $"1-{max} characters"));
        return text;
    }

    /// <summary>A list of 1-<paramref name="max"/> entries, or <c>REQ-FIELD</c>.</summary>
    public static List<T> List<T>(List<T>? values, string field, int max = 50)
    {
        if (values is null || values.Count == 0 || values.Count > max)
            throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", $"1-{max} entries"));
        return values;
    }
}
