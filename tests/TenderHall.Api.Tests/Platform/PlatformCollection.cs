namespace TenderHall.Api.Tests.Platform;

/// <summary>Tests that share one running platform; each uses its own ids.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform";
}
