using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Common;

/// <summary>Ids taken from the path, checked before anything is created: no record and no header ever carries a hostile id.</summary>
public static class RouteIds
{
    /// <summary><paramref name="value"/> if it is 1-64 ASCII letters, digits, '-', '_', '.' or ':'; otherwise REQ-FIELD naming <paramref name="field"/>.</summary>
    public static string Require(string value, string field) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? value
            : throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", "1-64 ASCII letters, digits, '-', '_', '.' or ':'"));
}
