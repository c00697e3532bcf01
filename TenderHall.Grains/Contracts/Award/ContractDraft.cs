using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Contracts.Award;

/// <summary>The contract's figures and the platform-signed draft already stored.</summary>
[GenerateSerializer, Alias("th.ContractDraft")]
public sealed class ContractDraft
{
    /// <summary>Contract value in fen.</summary>
    [Id(0)] public long ValueFen { get; set; }

    /// <summary>Performance bond in fen (BLR 58).</summary>
    [Id(1)] public long PerformanceBondFen { get; set; }

    /// <summary>SHA-256 of the draft PDF.</summary>
    [Id(2)] public string PdfSha256 { get; set; } = "";

    /// <summary>Refuses a value that is not positive or a performance bond above 10 % of it (BLR 58); callers check before rendering.</summary>
    public static void Require(long valueFen, long performanceBondFen)
    {
        if (valueFen <= 0) throw RuleViolationException.Of("REQ-FIELD", ("field", "valueFen"), ("detail", "a positive amount in fen"));
        if (performanceBondFen < 0 || performanceBondFen * 10 > valueFen)
            throw RuleViolationException.Of("BLR-58", ("bond", RuleValues.Yuan(performanceBondFen)), ("value", RuleValues.Yuan(valueFen)));
    }
}
