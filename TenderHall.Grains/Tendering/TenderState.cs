using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Tendering;

/// <summary>Stored state of <see cref="TenderGrain"/>. Documents live in the blob store; only their hashes are here.</summary>
public sealed class TenderState
{
    /// <summary>Fine status.</summary>
    public TenderStatus Status { get; set; } = TenderStatus.Registered;

    /// <summary>Where a pause returns to.</summary>
    public TenderStatus ResumeTo { get; set; } = TenderStatus.Announced;

    /// <summary>The registration; null until registered.</summary>
    public TenderRegistration? Registration { get; set; }

    /// <summary>The schedule once published.</summary>
    public TenderScheduleView? Schedule { get; set; }

    /// <summary>Announcement text.</summary>
    public string Announcement { get; set; } = "";

    /// <summary>Document versions.</summary>
    public List<DocumentVersion> Documents { get; set; } = [];

    /// <summary>Questions from document holders, with the asker (never published).</summary>
    public List<TenderQuestion> Questions { get; set; } = [];

    /// <summary>Published clarifications.</summary>
    public List<Clarification> Clarifications { get; set; } = [];

    /// <summary>Objections to the documents.</summary>
    public List<Objection> Objections { get; set; } = [];

    /// <summary>Pauses, the last one open while suspended.</summary>
    public List<SuspensionRecord> Suspensions { get; set; } = [];

    /// <summary>The complaints whose decision the tender has carried out: a decision retried after its complaint's write failed is not carried out twice.</summary>
    public List<string> ComplaintDecisions { get; set; } = [];

    /// <summary>Document downloads (secret before the deadline, BL 22).</summary>
    public List<DocumentDownload> Downloads { get; set; } = [];

    /// <summary>Objections whose late answer has already raised an alarm (timed checks may run twice).</summary>
    public List<string> OverdueAlarms { get; set; } = [];

    /// <summary>The countersigned opening record (hex SHA-256) once the session closed.</summary>
    public string? OpeningRecordSha256 { get; set; }

    /// <summary>The committee's signed result once the candidates are published (BLR 53-54).</summary>
    public Contracts.Evaluation.EvaluationResult? Evaluation { get; set; }

    /// <summary>The evaluation method fixed with the published documents (its hash is in the announcement's log event).</summary>
    public Contracts.Evaluation.EvaluationMethod? EvaluationMethod { get; set; }

    /// <summary>Publicity, award, contract, report and archive once the candidates are published (BLR 54-58, BL 45-47).</summary>
    public Contracts.Award.AwardView After { get; set; } = new();

    /// <summary>The award determined the result and the sealed expert draw is still to be told (BL 37); cleared once it revealed.</summary>
    public bool DrawRevealDue { get; set; }

    /// <summary>Transparency-log indexes of the tender's published events, in order (the archive proves each).</summary>
    public List<long> LogIndexes { get; set; } = [];

    /// <summary>Why it is tendered again (BL 42, BLR 61).</summary>
    public string? RetenderReason { get; set; }

    /// <summary>Why it was terminated.</summary>
    public string? TerminationReason { get; set; }

    /// <summary>Events written with the state and not yet in the transparency log (an outbox: appended after every write).</summary>
    public List<LogEvent> PendingEvents { get; set; } = [];
}
