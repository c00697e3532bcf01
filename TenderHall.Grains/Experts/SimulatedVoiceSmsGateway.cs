using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TenderHall.Grains.Experts;

/// <summary>
/// The gateway of the embedded profile and the demo: it sends nothing, logs each message with the number masked, and keeps
/// the latest messages per expert so a demo or a test can see what would have been sent.
/// </summary>
public sealed partial class SimulatedVoiceSmsGateway(ILogger<SimulatedVoiceSmsGateway> logger) : IVoiceSmsGateway
{
    private const int Kept = 50;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> sent = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task SendAsync(string expertId, string mobile, string text, CancellationToken cancellationToken)
    {
        var queue = sent.GetOrAdd(expertId, _ => new ConcurrentQueue<string>());
        queue.Enqueue(text);
        while (queue.Count > Kept) queue.TryDequeue(out _);
        var masked = Mask(mobile);
        LogSent(logger, expertId, masked);
        return Task.CompletedTask;
    }

    /// <summary>The messages "sent" to <paramref name="expertId"/>, oldest first.</summary>
    public IReadOnlyList<string> SentTo(string expertId) => sent.TryGetValue(expertId, out var queue) ? [.. queue] : [];

    // A log is no place for personal data: only the last four digits of the number.
    private static string Mask(string mobile) => mobile.Length <= 4 ? "****" : new string('*', mobile.Length - 4) + mobile[^4..];

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated voice/SMS notice to expert {ExpertId} at {Mobile}")]
    private static partial void LogSent(ILogger logger, string expertId, string mobile);
}
