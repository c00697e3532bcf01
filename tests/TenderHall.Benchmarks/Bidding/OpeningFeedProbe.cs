using System.Collections.Concurrent;
using System.Diagnostics;
using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>Forwards opening events to the real feed and notes the wall-clock tick at which each was published.</summary>
public sealed class OpeningFeedProbe(IOpeningFeed inner) : IOpeningFeed
{
    private readonly ConcurrentQueue<(string TenderId, string Type, long Ticks)> events = new();

    /// <inheritdoc />
    public Task Publish(OpeningFeedEvent feedEvent)
    {
        events.Enqueue((feedEvent.TenderId, feedEvent.Type, Stopwatch.GetTimestamp()));
        return inner.Publish(feedEvent);
    }

    /// <summary>The <see cref="Stopwatch"/> timestamps of the events of <paramref name="type"/> in <paramref name="tenderId"/>, in order.</summary>
    public IReadOnlyList<long> TimesOf(string tenderId, string type) =>
        [.. events.Where(e => e.TenderId == tenderId && e.Type == type).Select(e => e.Ticks)];
}
