using System.Text.Json;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Gate;

/// <summary>Reads the gate's request fields before any grain is asked, so bad input changes and logs nothing.</summary>
public static class GateInput
{
    /// <summary>A trimmed project code of 1-64 characters, or <c>REQ-FIELD</c>.</summary>
    public static string ProjectCode(string? value)
    {
        var code = value?.Trim() ?? "";
        return code.Length is > 0 and <= 64 ? code : throw RuleViolationException.Of("REQ-FIELD", ("field", "projectCode"), ("detail", "the national project code, 1-64 characters"));
    }

    /// <summary>The certificate's text: a JSON object as written, a string as is, nothing as null; anything else is <c>REQ-FIELD</c>.</summary>
    public static string? Certificate(JsonElement? value, string field = "certificate")
    {
        var text = value switch
        {
            null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            { ValueKind: JsonValueKind.Object } json => json.GetRawText(),
            { ValueKind: JsonValueKind.String } json => json.GetString(),
            _ => throw Invalid(field),
        };
        return text is { Length: > GateCheckRequest.MaxCertificateLength } ? throw Invalid(field) : text;
    }

    private static RuleViolationException Invalid(string field) =>
        RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", $"the trade certificate file as a JSON object or string of at most {GateCheckRequest.MaxCertificateLength} characters"));
}
