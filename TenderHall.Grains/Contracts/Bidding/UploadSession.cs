namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>A resumable envelope upload: what arrived so far, as content-addressed chunks in the blob store.</summary>
[GenerateSerializer, Alias("th.UploadSession")]
public sealed class UploadSession
{
    /// <summary>Upload id (also the grain key).</summary>
    [Id(0)] public string UploadId { get; set; } = "";

    /// <summary>Tender the envelope is for.</summary>
    [Id(1)] public string TenderId { get; set; } = "";

    /// <summary>Bidder uploading it; nobody else may add to or complete the upload.</summary>
    [Id(2)] public string BidderId { get; set; } = "";

    /// <summary>Declared total size.</summary>
    [Id(3)] public long Size { get; set; }

    /// <summary>Bytes received so far; the next chunk must start here.</summary>
    [Id(4)] public long Received { get; set; }

    /// <summary>Chunk hashes in order.</summary>
    [Id(5)] public List<string> Chunks { get; set; } = [];

    /// <summary>The receipt once the upload completed into a bid.</summary>
    [Id(6)] public BidReceipt? Receipt { get; set; }
}
