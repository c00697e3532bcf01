using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Grains.Contracts.Experts;

/// <summary>
/// A draw as one caller may see it. Until the result (BL 37) the seats, replacements and pool sizes are filled only for
/// supervision, and an expert sees only their own seat; afterwards everyone sees the committee.
/// </summary>
[GenerateSerializer, Alias("th.DrawView")]
public sealed class DrawView
{
    /// <summary>The tender (also the grain key).</summary>
    [Id(0)] public string TenderId { get; set; } = "";

    /// <summary>The requesting agency.</summary>
    [Id(1)] public string AgencyId { get; set; } = "";

    /// <summary>Where the draw stands.</summary>
    [Id(2)] public DrawStatus Status { get; set; }

    /// <summary>The request.</summary>
    [Id(3)] public DrawRequest Request { get; set; } = new();

    /// <summary>When it was requested (and the pool frozen).</summary>
    [Id(4)] public DateTimeOffset RequestedAt { get; set; }

    /// <summary>The witnessing supervisor.</summary>
    [Id(5)] public DrawWitness? Witness { get; set; }

    /// <summary>Hex SHA-256 of the frozen, filtered, pseudonymous pool.</summary>
    [Id(6)] public string PoolHash { get; set; } = "";

    /// <summary>Eligible experts per specialty (supervision only before the result).</summary>
    [Id(7)] public Dictionary<string, int> PoolSizes { get; set; } = [];

    /// <summary>Experts recused per ground (supervision only before the result).</summary>
    [Id(8)] public Dictionary<string, int> Recused { get; set; } = [];

    /// <summary>The recusal rules applied, as committed.</summary>
    [Id(9)] public List<string> Rules { get; set; } = [];

    /// <summary>Hex commitment of the commit step.</summary>
    [Id(10)] public string? Commitment { get; set; }

    /// <summary>Log index of the commit entry.</summary>
    [Id(11)] public long? CommitIndex { get; set; }

    /// <summary>Size of the signed checkpoint that anchors the seed.</summary>
    [Id(12)] public long? AnchorSize { get; set; }

    /// <summary>Hex root hash of that checkpoint: the seed's log part.</summary>
    [Id(13)] public string? AnchorRoot { get; set; }

    /// <summary>When the supervisor's contribution is due; after it the draw proceeds without it.</summary>
    [Id(14)] public DateTimeOffset? ContributionDue { get; set; }

    /// <summary>Whether the supervisor withheld the contribution past the limit.</summary>
    [Id(15)] public bool ContributionWithheld { get; set; }

    /// <summary>Hex seed.</summary>
    [Id(16)] public string? Seed { get; set; }

    /// <summary>Hex ECVRF input.</summary>
    [Id(17)] public string? Alpha { get; set; }

    /// <summary>Base64 ECVRF proof (public after the result; its hash is logged at once).</summary>
    [Id(18)] public string? Proof { get; set; }

    /// <summary>When the committee was drawn.</summary>
    [Id(19)] public DateTimeOffset? DrawnAt { get; set; }

    /// <summary>Seats, members and stepped-in backups (sealed until the result).</summary>
    [Id(20)] public List<DrawSeat> Seats { get; set; } = [];

    /// <summary>Replacements in order (sealed until the result).</summary>
    [Id(21)] public List<DrawReplacement> Replacements { get; set; } = [];

    /// <summary>Hex SHA-256 of the draw record PDF: platform-signed, then countersigned by the supervisor.</summary>
    [Id(22)] public string? RecordPdfSha256 { get; set; }

    /// <summary>The supervisor's pending countersignature.</summary>
    [Id(23)] public RecordSigningRequest? SigningRequest { get; set; }

    /// <summary>Audio/video recordings of the draw, by hash (seed: 全程声像监控, 建档保存).</summary>
    [Id(24)] public List<SessionRecording> Recordings { get; set; } = [];

    /// <summary>Whether the supervisor countersigned the record.</summary>
    [Id(25)] public bool RecordCountersigned { get; set; }

    /// <summary>When the result was determined and the draw revealed.</summary>
    [Id(26)] public DateTimeOffset? RevealedAt { get; set; }

    /// <summary>Hex SHA-256 of the public draw document (logged at reveal).</summary>
    [Id(27)] public string? DocumentSha256 { get; set; }

    /// <summary>Why the result counts as determined: the caller and the ground they gave.</summary>
    [Id(28)] public string? RevealGround { get; set; }
}
