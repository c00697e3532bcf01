using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>A tender as anyone may see it: nothing here names who obtained documents or who objected (BL 22).</summary>
[GenerateSerializer, Alias("th.TenderView")]
public sealed class TenderView
{
    /// <summary>Tender id.</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>Fine status.</summary>
    [Id(1)] public TenderStatus Status { get; set; }

    /// <summary>OCDS coarse status.</summary>
    [Id(2)] public OcdsTenderStatus OcdsStatus { get; set; }

    /// <summary>The registration.</summary>
    [Id(3)] public TenderRegistration Registration { get; set; } = new();

    /// <summary>The schedule once published.</summary>
    [Id(4)] public TenderScheduleView? Schedule { get; set; }

    /// <summary>Announcement text.</summary>
    [Id(5)] public string Announcement { get; set; } = "";

    /// <summary>Document versions.</summary>
    [Id(6)] public List<DocumentVersion> Documents { get; set; } = [];

    /// <summary>Published clarifications.</summary>
    [Id(7)] public List<Clarification> Clarifications { get; set; } = [];

    /// <summary>Pauses, current and past.</summary>
    [Id(8)] public List<SuspensionRecord> Suspensions { get; set; } = [];

    /// <summary>Why it was terminated, if it was.</summary>
    [Id(9)] public string? TerminationReason { get; set; }

    /// <summary>How many objections were raised (their content is for the parties); null until the bid deadline has passed (BL 22).</summary>
    [Id(10)] public int? Objections { get; set; }

    /// <summary>Unanswered objections; null until the bid deadline has passed (BL 22).</summary>
    [Id(11)] public int? OpenObjections { get; set; }

    /// <summary>The project's legal regime.</summary>
    [Id(12)] public LegalRegime Regime { get; set; }

    /// <summary>The evaluation method the published documents fix, if they fixed one.</summary>
    [Id(13)] public Evaluation.EvaluationMethod? EvaluationMethod { get; set; }

    /// <summary>Why it is tendered again, once Retendered (BL 42: every bid rejected; BLR 61: a complaint decision).</summary>
    [Id(14)] public string? RetenderReason { get; set; }
}
