using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Notifications;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>
/// A case's effects not yet known to be delivered, stored with the state whose steps caused them: written in the same
/// write, delivered after it, and delivered again (by the next step or activation) until a later write records them gone.
/// A silo that stops between the write and the delivery loses neither the applicant's notice nor the officer's desk entry;
/// ids make a repeated delivery harmless (inboxes, alarms and desk indexes each keep one of an id).
/// </summary>
public sealed class CaseOutbox
{
    /// <summary>Notices and their inboxes (organisation ids).</summary>
    public List<PendingNotice> Notices { get; set; } = [];

    /// <summary>Supervision alarms to raise.</summary>
    public List<SupervisionAlarm> Alarms { get; set; } = [];

    /// <summary>Desk indexes to add the case to.</summary>
    public List<CaseDeskEntry> Desks { get; set; } = [];

    /// <summary>Whether anything waits to be delivered.</summary>
    public bool IsEmpty() => Notices.Count == 0 && Alarms.Count == 0 && Desks.Count == 0;

    /// <summary>Adds a step's effects after any still waiting, in the order they arose.</summary>
    public void Add(CaseEffects effects)
    {
        Notices.AddRange(effects.Notifications.Select(n => new PendingNotice { Recipient = n.Recipient, Notification = n.Notification }));
        Alarms.AddRange(effects.Alarms);
        Desks.AddRange(effects.Indexes.Select(i => new CaseDeskEntry { Index = i.Index, Id = i.Id }));
    }
}

/// <summary>A desk index entry waiting in a case's outbox.</summary>
public sealed class CaseDeskEntry
{
    /// <summary>The directory index key (an officer's or a department's desk).</summary>
    public string Index { get; set; } = "";

    /// <summary>The case number.</summary>
    public string Id { get; set; } = "";
}
