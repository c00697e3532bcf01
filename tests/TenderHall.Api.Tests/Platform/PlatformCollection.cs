namespace TenderHall.Api.Tests.Platform;

/// <summary>Tests that share one running platform; each uses its own ids.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform";
}

/// <summary>
/// The draws and openings on a platform of their own. Every tender a test carries past its deadline moves the shared fake
/// clock by its statutory periods (20 days and more, BL 24); on one platform the whole suite would run the clock past the
/// last holiday calendar the platform has (2027, <c>CAL-YEAR-MISSING</c>), so the tests that pass deadlines are split
/// over three platforms, each with its own clock from <see cref="PlatformFactory.Start"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DrawAndOpeningCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform: draws and openings";
}

/// <summary>The evaluations, awards, complaints and ratings on a platform of their own (see <see cref="DrawAndOpeningCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class AfterOpeningCollection : ICollectionFixture<PlatformFactory>
{
    public const string Name = "platform: after the opening";
}
