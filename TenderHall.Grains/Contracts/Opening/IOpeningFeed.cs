namespace TenderHall.Grains.Contracts.Opening;

/// <summary>Pushes opening events to everyone watching the session (bidders, supervisors, the public).</summary>
public interface IOpeningFeed
{
    /// <summary>Publishes <paramref name="feedEvent"/>; a feed outage never stops the session.</summary>
    Task Publish(OpeningFeedEvent feedEvent);
}
