using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Tendering;

/// <summary>Records a tender's events into its outbox and collects the notifications and alarms they cause.</summary>
public sealed class TenderJournal(string tenderId, TenderState state)
{
    /// <summary>The transparency-log subject of the tender.</summary>
    public string Subject { get; } = "tender/" + tenderId;

    /// <summary>Notifications and alarms collected so far.</summary>
    public TenderEffects Effects { get; } = new();

    /// <summary>Adds an event (EBM 49: time, operator and address of every action) to the outbox.</summary>
    public void Record(string type, Actor actor, DateTimeOffset at, params (string Name, string Value)[] data)
    {
        var logEvent = new LogEvent { Type = type, Subject = Subject, At = at, Actor = actor.UserName };
        if (actor.Address is not null) logEvent.Data["address"] = actor.Address;
        foreach (var (name, value) in data) logEvent.Data[name] = value;
        state.PendingEvents.Add(logEvent);
    }

    /// <summary>
    /// Adds an event by a document holder without naming them or their address: the log is public and who obtained
    /// the documents is secret (BL 22). The grain keeps who it was.
    /// </summary>
    public void RecordByHolder(string type, DateTimeOffset at, params (string Name, string Value)[] data) => Record(type, Holder, at, data);

    /// <summary>How a document holder appears in public records.</summary>
    public static readonly Actor Holder = new("document-holder", null, [], null);

    /// <summary>Queues a notification for <paramref name="recipients"/>; its id makes a repeated delivery harmless.</summary>
    public void Notify(IEnumerable<string> recipients, string id, string type, DateTimeOffset at, string zh, string en)
    {
        var to = recipients.Distinct(StringComparer.Ordinal).ToList();
        if (to.Count == 0) return;
        Effects.Notifications.Add((to, new Notification { Id = $"{Subject}/{id}", Subject = Subject, Type = type, TextZh = zh, TextEn = en, At = at }));
    }

    /// <summary>Queues a supervision alarm.</summary>
    public void Alarm(string id, AlarmSeverity severity, string code, DateTimeOffset at, string message) =>
        Effects.Alarms.Add(new SupervisionAlarm { Id = $"{Subject}/{id}", Severity = severity, Code = code, Subject = Subject, Message = message, RaisedAt = at });
}
