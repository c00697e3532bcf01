namespace TenderHall.Grains.Contracts.Opening;

/// <summary>The opening session as everyone may see it: after the deadline, names and prices are public (EBM 30).</summary>
[GenerateSerializer, Alias("th.OpeningView")]
public sealed class OpeningView
{
    /// <summary>Tender id.</summary>
    [Id(0)] public string TenderId { get; set; } = "";

    /// <summary>Session status.</summary>
    [Id(1)] public OpeningStatus Status { get; set; }

    /// <summary>Supervisors who checked in.</summary>
    [Id(2)] public List<Attendance> Attendance { get; set; } = [];

    /// <summary>Custodians whose shares arrived (never the shares).</summary>
    [Id(3)] public List<string> SharesFrom { get; set; } = [];

    /// <summary>Shares needed.</summary>
    [Id(4)] public int Threshold { get; set; }

    /// <summary>How many bids count.</summary>
    [Id(5)] public int Bids { get; set; }

    /// <summary>The record, one row per bid, once decrypted.</summary>
    [Id(6)] public List<OpeningRow> Rows { get; set; } = [];

    /// <summary>The supervisor's notes when closed.</summary>
    [Id(7)] public string? Notes { get; set; }

    /// <summary>Recordings of the session.</summary>
    [Id(8)] public List<SessionRecording> Recordings { get; set; } = [];

    /// <summary>SHA-256 of the opening record PDF: signed by the platform, and once closed also by the supervisor.</summary>
    [Id(9)] public string? RecordPdfSha256 { get; set; }

    /// <summary>The supervisor's signature over <see cref="SigningRequest"/>'s signed attributes, base64.</summary>
    [Id(10)] public string? SupervisorSignature { get; set; }

    /// <summary>Bidder-and-quorum: when bidders' parts stop being accepted.</summary>
    [Id(11)] public DateTimeOffset? BidderPartsDue { get; set; }

    /// <summary>The supervisor's signature of the record, prepared and awaiting (or, once closed, given).</summary>
    [Id(12)] public RecordSigningRequest? SigningRequest { get; set; }

    /// <summary>
    /// The tender's secret log entries (bids, withdrawals, letters, objections, questions), disclosed with their salts when the
    /// session begins: <c>tenderhall-verify verify-opening</c> checks the bids opened against them.
    /// </summary>
    [Id(13)] public List<RevealedCommitment> Commitments { get; set; } = [];
}
