using TenderHall.Crypto.Notes;

namespace TenderHall.BidderTool.Receipts;

/// <summary>The outcome of checking a receipt offline.</summary>
/// <param name="Passed">The checks that passed, in order, as sentences.</param>
/// <param name="Failure">Why the receipt does not verify, or null when it does.</param>
/// <param name="Checkpoint">The receipt's signed checkpoint, when every check passed.</param>
/// <param name="Index">The bid's leaf index in the log.</param>
public sealed record ReceiptVerification(IReadOnlyList<string> Passed, string? Failure, Checkpoint? Checkpoint, long Index)
{
    /// <summary>True when every check passed.</summary>
    public bool Verified => Failure is null;

    /// <summary>The checks as printed: one line each, then the failure when there is one.</summary>
    public string Report() => string.Concat(Passed.Select(p => $"  ok: {p}\n")) + (Failure is null ? "" : Failure + "\n");
}
