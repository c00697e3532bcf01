using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Contracts.Projects;

/// <summary>
/// The national investment project code (投资项目统一代码) the online approval and supervision platform gives every project:
/// <c>YYYY-AAAAAA-BB-CC-NNNNNN</c>, the year, the 6-digit administrative division, the 2-digit industry, the 2-digit type and
/// the 6-digit serial, e.g. <c>2026-460000-48-01-000123</c>.
/// </summary>
public static class InvestmentProjectCode
{
    /// <summary>The format, as the refusal names it.</summary>
    public const string Format = "YYYY-AAAAAA-BB-CC-NNNNNN";

    private static readonly int[] Groups = [4, 6, 2, 2, 6];

    /// <summary>Whether <paramref name="code"/> has the format, in ASCII digits only (a full-width ２ is not a digit of the code).</summary>
    public static bool IsValid(string? code)
    {
        var parts = code?.Split('-');
        return parts is not null && parts.Length == Groups.Length
               && parts.Zip(Groups).All(p => p.First.Length == p.Second && p.First.All(char.IsAsciiDigit));
    }

    /// <summary>Throws <c>DIR-PROJECT-CODE</c> naming <paramref name="field"/> unless <paramref name="code"/> has the format.</summary>
    public static void Validate(string? code, string field)
    {
        if (!IsValid(code))
            throw RuleViolationException.Of("DIR-PROJECT-CODE", ("field", field), ("code", code is { Length: > 64 } ? code[..64] + "…" : code ?? ""));
    }
}
