using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>
/// The evaluation as one caller may see it: supervision sees it all; a member sees the seats, its own identity, and the
/// results once every sheet is in; the agency the progress, and the report once signed; a bidder only its clarifications.
/// </summary>
[GenerateSerializer, Alias("th.EvaluationView")]
public sealed class EvaluationView
{
    /// <summary>Tender id.</summary>
    [Id(0)] public string TenderId { get; set; } = "";

    /// <summary>Where it stands.</summary>
    [Id(1)] public EvaluationStatus Status { get; set; }

    /// <summary>The method the tender documents fixed.</summary>
    [Id(2)] public EvaluationMethod? Method { get; set; }

    /// <summary>When the session opened.</summary>
    [Id(3)] public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>The session closes at this instant unless extended (BLR 48).</summary>
    [Id(4)] public DateTimeOffset? Due { get; set; }

    /// <summary>The committee by seat.</summary>
    [Id(5)] public List<CommitteeMember> Members { get; set; } = [];

    /// <summary>Bids rejected in the review, with reason and article (BLR 51).</summary>
    [Id(6)] public List<BidRejection> Rejections { get; set; } = [];

    /// <summary>The benchmark price (comprehensive scoring) once scored.</summary>
    [Id(7)] public decimal? Benchmark { get; set; }

    /// <summary>Aggregated results of the valid bids once every member scored.</summary>
    [Id(8)] public List<BidResult> Results { get; set; } = [];

    /// <summary>At most three ranked candidates (BLR 53).</summary>
    [Id(9)] public List<RankedCandidate> Candidates { get; set; } = [];

    /// <summary>Clarification requests to bidders.</summary>
    [Id(10)] public List<EvaluationClarification> Clarifications { get; set; } = [];

    /// <summary>Extensions granted (BLR 48), in hours.</summary>
    [Id(11)] public List<int> Extensions { get; set; } = [];

    /// <summary>Supervisors who checked in.</summary>
    [Id(12)] public List<Attendance> Attendance { get; set; } = [];

    /// <summary>Supervisors' remarks.</summary>
    [Id(13)] public List<SupervisorRemark> Remarks { get; set; } = [];

    /// <summary>Audio and video recordings of the session, by hash (seed: 全程声像监控).</summary>
    [Id(14)] public List<SessionRecording> Recordings { get; set; } = [];

    /// <summary>Hex SHA-256 of the report PDF: platform-signed, then carrying each member's countersignature.</summary>
    [Id(15)] public string? ReportPdfSha256 { get; set; }

    /// <summary>The caller's own pending countersignature of the report.</summary>
    [Id(16)] public RecordSigningRequest? SigningRequest { get; set; }

    /// <summary>The signed result once every member signed.</summary>
    [Id(17)] public EvaluationResult? Result { get; set; }

    /// <summary>How many bids the committee evaluates.</summary>
    [Id(18)] public int Bids { get; set; }
}
