namespace TenderHall.Grains.Contracts.Fees;

/// <summary>Whether a bidder obtained a tender's documents: it holds a paid document-fee order.</summary>
public static class DocumentPurchase
{
    /// <summary>True when <paramref name="bidderId"/> has paid for the documents of <paramref name="tenderId"/>.</summary>
    public static async Task<bool> IsPaid(IGrainFactory grains, string tenderId, string bidderId) =>
        FeeOrderIds.IsPart(bidderId)
        && await grains.GetGrain<IFeeOrderGrain>(FeeOrderIds.For(FeePurpose.DocumentFee, tenderId, bidderId)).Get() is { Status: FeeOrderStatus.Paid };
}
