namespace TenderHall.Api.Tests.Platform;

/// <summary>The private Redis server the test command starts.</summary>
internal static class TestRedis
{
    public const string Variable = "TENDERHALL_TEST_REDIS";

    /// <summary>Its address; a test needing Redis fails (never skips) without it.</summary>
    public static string Address() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set. Run the tests through eng/test.sh, which starts Redis.");
}
