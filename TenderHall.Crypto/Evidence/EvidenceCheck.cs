namespace TenderHall.Crypto.Evidence;

/// <summary>The outcome of checking a piece of evidence offline: verified or not, and a sentence saying what was found.</summary>
/// <param name="Verified">True only when every check passed.</param>
/// <param name="Message">"VERIFIED: …" or "NOT VERIFIED: …".</param>
public sealed record EvidenceCheck(bool Verified, string Message)
{
    /// <summary>A passed check.</summary>
    public static EvidenceCheck Pass(string message) => new(true, "VERIFIED: " + message);

    /// <summary>A failed check.</summary>
    public static EvidenceCheck Fail(string message) => new(false, "NOT VERIFIED: " + message);
}
