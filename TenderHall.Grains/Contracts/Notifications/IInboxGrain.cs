namespace TenderHall.Grains.Contracts.Notifications;

/// <summary>The notification outbox of one organisation (key: organisation id).</summary>
public interface IInboxGrain : IGrainWithStringKey
{
    /// <summary>Adds a notification; an id already delivered is ignored.</summary>
    Task Deliver(Notification notification);

    /// <summary>Notifications with a sequence above <paramref name="after"/>, oldest first, at most <paramref name="take"/>.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<Notification>> Since(long after, int take);
}
