namespace TenderHall.Grains.Hosting;

/// <summary>The <c>TenderHall</c> configuration section: profile, data locations and cluster addresses.</summary>
public sealed class PlatformOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall";

    /// <summary>Embedded (default) or Cluster.</summary>
    public StorageProfile Profile { get; set; } = StorageProfile.Embedded;

    /// <summary>Where the embedded profile keeps its SQLite file and blobs.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>PostgreSQL connection string (cluster profile).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Redis configuration string (cluster profile; optional otherwise).</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>Orleans service id. Every stored row is filtered by it, so it must stay fixed across restarts.</summary>
    public string ServiceId { get; set; } = "tenderhall";

    /// <summary>Orleans cluster id.</summary>
    public string ClusterId { get; set; } = "tenderhall";

    /// <summary>Silo-to-silo port (cluster profile).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port (cluster profile).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address this silo advertises to the others (cluster profile); loopback when unset.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Seed demo data at start-up (embedded profile only); <c>--demo</c> on the command line sets it.</summary>
    public bool Demo { get; set; }

    /// <summary>Path of the SQLite database file of the embedded profile.</summary>
    public string SqliteFile => Path.Combine(DataDirectory, "tenderhall.db");

    /// <summary>SQLite connection string of the embedded profile.</summary>
    public string SqliteConnectionString => $"Data Source={Path.GetFullPath(SqliteFile)};Pooling=True";
}
