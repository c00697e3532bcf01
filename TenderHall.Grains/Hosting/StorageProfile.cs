namespace TenderHall.Grains.Hosting;

/// <summary>Which backing services the platform runs on.</summary>
public enum StorageProfile
{
    /// <summary>One silo, localhost clustering, SQLite and files under the data directory. No server to install.</summary>
    Embedded,

    /// <summary>ADO.NET clustering, storage and reminders on PostgreSQL; Redis for what API instances share.</summary>
    Cluster,
}
