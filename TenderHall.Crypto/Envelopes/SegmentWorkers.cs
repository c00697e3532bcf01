namespace TenderHall.Crypto.Envelopes;

/// <summary>
/// Where an envelope's segments are sealed or opened: the thread pool, but never more than the cipher's
/// <see cref="SegmentCipher.ConcurrentSegments"/> at once and in the order they were queued. A task per segment on the
/// pool itself ran on as many threads as the pool had grown to (seven or eight on two cores), each preempting the
/// others, and the segment hashed or released next waited behind segments queued after it.
/// </summary>
internal static class SegmentWorkers
{
    public static TaskScheduler For(SegmentCipher cipher) =>
        new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, cipher.ConcurrentSegments).ConcurrentScheduler;
}
