using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Contracts.Registry;

/// <summary>The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check character.</summary>
public static class CreditCode
{
    // GB 32100-2015 Table 1: the 31 characters in use (no I, O, S, V, Z) and the weights of positions 1-17.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Throws <c>DIR-CREDIT-CODE</c> unless <paramref name="code"/> is well formed and its check character matches.</summary>
    public static void Validate(string? code)
    {
        var problem = Check(code);
        if (problem is not null)
            throw RuleViolationException.Of("DIR-CREDIT-CODE", ("code", code), ("detail", problem));
    }

    /// <summary>The check character for the first 17 characters.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        return Alphabet[(31 - (sum % 31)) % 31];
    }

    private static string? Check(string? code)
    {
        if (code is null || code.Length != 18) return "it must have 18 characters";
        foreach (var c in code)
            if (!Alphabet.Contains(c, StringComparison.Ordinal)) return $"character '{c}' is not allowed";
        for (var i = 2; i < 8; i++)
            if (!char.IsAsciiDigit(code[i])) return "positions 3-8 must be the administrative division code";
        return CheckCharacter(code) == code[17] ? null : "the check character does not match";
    }
}
