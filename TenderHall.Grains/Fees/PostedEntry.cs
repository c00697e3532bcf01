using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Grains.Fees;

/// <summary>A journal entry as stored in its shard, with the voucher number it was given.</summary>
public sealed class PostedEntry
{
    /// <summary>The entry.</summary>
    public JournalEntry Entry { get; set; } = new();

    /// <summary>Receipt number for payments, refund voucher number for refunds.</summary>
    public string VoucherNumber { get; set; } = "";
}
