namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>Appends events to the platform's transparency log; an append returns only once the event is durable.</summary>
public interface ITransparencyLog
{
    /// <summary>Appends <paramref name="logEvent"/> and returns its place in the log.</summary>
    Task<LogReceipt> AppendAsync(LogEvent logEvent, CancellationToken cancellationToken = default);
}
