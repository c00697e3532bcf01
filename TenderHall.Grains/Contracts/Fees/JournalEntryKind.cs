namespace TenderHall.Grains.Contracts.Fees;

/// <summary>What a journal entry records.</summary>
public enum JournalEntryKind
{
    /// <summary>A payment confirmed by the bank.</summary>
    Payment = 1,

    /// <summary>A refund, reversing a payment (plus interest for deposits).</summary>
    Refund = 2,
}
