using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Bidding;

/// <summary>The receipts issued to one bidder in one tender.</summary>
[GrainType("th-bid-receipts")]
public sealed class BidReceiptsGrain(
    [PersistentState("bid-receipts", StorageNames.Default)] IPersistentState<BidReceiptsState> state) : Grain, IBidReceiptsGrain
{
    /// <inheritdoc />
    public async Task<BidReceipt> Keep(BidReceipt receipt)
    {
        if (state.State.Receipts.TryGetValue(receipt.EnvelopeSha256, out var kept)) return kept;
        state.State.Receipts[receipt.EnvelopeSha256] = receipt;
        await state.WriteStateAsync();
        return receipt;
    }

    /// <inheritdoc />
    public Task<BidReceipt?> Of(string envelopeSha256) =>
        Task.FromResult(state.State.Receipts.TryGetValue(envelopeSha256, out var receipt) ? receipt : null);
}
