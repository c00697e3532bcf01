namespace TenderHall.Grains.Contracts.Blobs;

/// <summary>What re-hashing a stored blob found.</summary>
public enum BlobIntegrity
{
    /// <summary>The stored bytes hash to the blob's name.</summary>
    Intact = 1,

    /// <summary>The stored bytes hash to something else: they changed after they were written.</summary>
    Corrupt = 2,

    /// <summary>No blob with that name is stored.</summary>
    Missing = 3,
}
