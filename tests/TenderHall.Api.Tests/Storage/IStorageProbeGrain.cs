namespace TenderHall.Api.Tests.Storage;

/// <summary>Test grain that keeps one persistent value and can schedule a reminder.</summary>
[Alias("TenderHall.Api.Tests.Storage.IStorageProbeGrain")]
public interface IStorageProbeGrain : IGrainWithStringKey
{
    /// <summary>Stores <paramref name="value"/> and writes the state.</summary>
    [Alias("SetValue")]
    Task SetValueAsync(string value);

    /// <summary>The stored value, null before the first write.</summary>
    [Alias("GetValue")]
    Task<string?> GetValueAsync();

    /// <summary>Identity of the silo hosting this activation.</summary>
    [Alias("GetSilo")]
    Task<string> GetSiloAsync();

    /// <summary>Registers a durable reminder that first fires after <paramref name="dueTime"/>.</summary>
    [Alias("ScheduleReminder")]
    Task ScheduleReminderAsync(TimeSpan dueTime);

    /// <summary>Whether the reminder service holds this grain's reminder.</summary>
    [Alias("HasReminder")]
    Task<bool> HasReminderAsync();
}
