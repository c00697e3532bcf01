namespace TenderHall.Grains.Transparency;

/// <summary>The <c>TenderHall:Transparency</c> section: the log's name, its signing key (cluster profile) and checkpoint period.</summary>
public sealed class TransparencyOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:Transparency";

    /// <summary>Log origin: first line of every checkpoint and the name of the signing key.</summary>
    public string Origin { get; set; } = "tenderhall.example/log";

    /// <summary>Base64 Ed25519 seed (32 bytes). Required in the cluster profile, where every silo must sign with the same key; the embedded profile keeps its own under the data directory.</summary>
    public string? SigningKey { get; set; }

    /// <summary>How often a new checkpoint is signed while events arrive.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The least time between two checkpoints signed early because a caller waits for one (a bid receipt): such a caller
    /// waits at most this long plus one durable write, not a whole <see cref="CheckpointInterval"/>.
    /// </summary>
    public TimeSpan MinCheckpointGap { get; set; } = TimeSpan.FromMilliseconds(20);
}
