namespace TenderHall.Grains.Tests.Blobs;

/// <summary>Runs the large-blob tests alone: their allocation bound is measured process-wide, so no other test may run beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeBlobCollection
{
    public const string Name = "Large blobs";
}
