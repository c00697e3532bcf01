namespace TenderHall.Verifier;

/// <summary>The outcome of one check: verified or not, with the plain-language sentence printed for it.</summary>
public sealed record Verdict(bool Verified, string Message)
{
    /// <summary>A passed check.</summary>
    public static Verdict Pass(string message) => new(true, message);

    /// <summary>A failed check.</summary>
    public static Verdict Fail(string message) => new(false, message);
}
