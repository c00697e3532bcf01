using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Common;

/// <summary>Binary fields of request bodies, sent as base64.</summary>
public static class RequestBytes
{
    /// <summary>The bytes of <paramref name="value"/>, or a REQ-FIELD refusal naming <paramref name="field"/>.</summary>
    public static byte[] Base64(string? value, string field)
    {
        try { return Convert.FromBase64String(value ?? ""); }
        catch (FormatException) { throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", "base64")); }
    }
}
