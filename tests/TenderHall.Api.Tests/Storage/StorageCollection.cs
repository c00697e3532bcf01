namespace TenderHall.Api.Tests.Storage;

/// <summary>Silo tests run one at a time: each starts real silos, and the build machine has two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StorageCollection
{
    public const string Name = "storage";
}
