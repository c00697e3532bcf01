using System.Collections.Concurrent;

namespace TenderHall.Api.Tests.Storage;

/// <summary>In-process signal a test awaits until the probe grain with a given key receives its reminder.</summary>
internal static class ReminderSignals
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Signals = new();

    public static Task WhenFired(string grainKey) => Get(grainKey).Task;

    public static void Fire(string grainKey) => Get(grainKey).TrySetResult();

    private static TaskCompletionSource Get(string grainKey) =>
        Signals.GetOrAdd(grainKey, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
