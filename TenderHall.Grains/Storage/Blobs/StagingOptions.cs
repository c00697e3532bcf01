namespace TenderHall.Grains.Storage.Blobs;

/// <summary>The <c>TenderHall:Staging</c> section: how long uploads not accepted into a bid box are kept.</summary>
public sealed class StagingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:Staging";

    /// <summary>Age (platform time) after which a staged upload never accepted is deleted; longer than a resumable upload may pause.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the sweep runs (platform time).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
