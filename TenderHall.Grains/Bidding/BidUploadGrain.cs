using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Bidding;

/// <summary>One resumable envelope upload: a list of chunk hashes, so a broken line resumes where it stopped.</summary>
[GrainType("th-bid-upload")]
public sealed class BidUploadGrain(
    [PersistentState("bid-upload", StorageNames.Default)] IPersistentState<UploadSession> state) : Grain, IBidUploadGrain
{
    /// <summary>Largest envelope (EBM: bids with drawings and scans).</summary>
    public const long MaxSize = 4L * 1024 * 1024 * 1024;

    /// <inheritdoc />
    public async Task<UploadSession> Start(string tenderId, string bidderId, long size)
    {
        if (state.RecordExists) return Owned(bidderId);
        if (size is < 1 or > MaxSize) throw RuleViolationException.Of("REQ-FIELD", ("field", "size"), ("detail", $"1 to {MaxSize} bytes"));
        state.State = new UploadSession { UploadId = this.GetPrimaryKeyString(), TenderId = tenderId, BidderId = bidderId, Size = size };
        await state.WriteStateAsync();
        return state.State;
    }

    /// <inheritdoc />
    public async Task<UploadSession> Append(string bidderId, long offset, string chunkSha256, long chunkSize)
    {
        var session = Owned(bidderId);
        // A retried chunk that already arrived is acknowledged, not appended twice.
        if (offset + chunkSize <= session.Received && offset < session.Received) return session;
        if (offset != session.Received)
            throw RuleViolationException.Of("BID-UPLOAD", ("expected", session.Received), ("detail", $"a chunk at offset {offset} does not continue it"));
        if (session.Received + chunkSize > session.Size)
            throw RuleViolationException.Of("BID-UPLOAD", ("expected", session.Received), ("detail", $"the chunk would exceed the declared size of {session.Size} bytes"));
        session.Chunks.Add(chunkSha256);
        session.Received += chunkSize;
        await state.WriteStateAsync();
        return session;
    }

    /// <inheritdoc />
    public Task<UploadSession?> Get() => Task.FromResult(state.RecordExists ? state.State : null);

    /// <inheritdoc />
    public async Task Completed(BidReceipt receipt)
    {
        state.State.Receipt = receipt;
        await state.WriteStateAsync();
    }

    private UploadSession Owned(string bidderId) =>
        state.RecordExists && state.State.BidderId == bidderId ? state.State : throw RuleViolationException.Of("REQ-NOT-FOUND");
}
