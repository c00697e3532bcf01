namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>One resumable envelope upload (key: upload id).</summary>
public interface IBidUploadGrain : IGrainWithStringKey
{
    /// <summary>Starts the upload of an envelope of <paramref name="size"/> bytes.</summary>
    Task<UploadSession> Start(string tenderId, string bidderId, long size);

    /// <summary>Adds a stored chunk at <paramref name="offset"/>; refused unless it starts where the upload stands.</summary>
    Task<UploadSession> Append(string bidderId, long offset, string chunkSha256, long chunkSize);

    /// <summary>The session, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<UploadSession?> Get();

    /// <summary>Records the receipt the completed upload produced.</summary>
    Task Completed(BidReceipt receipt);
}
