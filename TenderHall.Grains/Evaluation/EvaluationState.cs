using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;

namespace TenderHall.Grains.Evaluation;

/// <summary>Stored state of <see cref="EvaluationGrain"/>. Bid payloads and the report live in the blob store; only their hashes are here.</summary>
public sealed class EvaluationState
{
    /// <summary>The evaluation as supervision sees it, kept current.</summary>
    public EvaluationView View { get; set; } = new();

    /// <summary>The tender's legal regime (the price points differ, MOF Order 87 Art 55).</summary>
    public LegalRegime Regime { get; set; } = LegalRegime.Engineering;

    /// <summary>The opened bids the committee evaluates.</summary>
    public List<EvaluatedBid> Bids { get; set; } = [];

    /// <summary>Each member's review failures, by seat.</summary>
    public Dictionary<string, List<ReviewFailure>> Reviews { get; set; } = [];

    /// <summary>Seats whose review found competition lacking should fewer than three valid bids remain (评标委员会和评标方法暂行规定 Art 27).</summary>
    public List<string> CompetitionLacking { get; set; } = [];

    /// <summary>Why the committee rejected every bid (BL 42), once it did; the result carries it to the tender.</summary>
    public string? AllRejected { get; set; }

    /// <summary>Each member's score sheet, by seat; sealed from the others until they submit their own.</summary>
    public Dictionary<string, ScoreSheet> Sheets { get; set; } = [];

    /// <summary>Hours asked for by each member asking for more time (BLR 48), by seat.</summary>
    public Dictionary<string, int> ExtensionAsks { get; set; } = [];

    /// <summary>Pending countersignatures of the report, by seat.</summary>
    public Dictionary<string, RecordSigningRequest> SigningRequests { get; set; } = [];

    /// <summary>Clarification requests whose unanswered deadline already raised an alarm (timed checks may run twice).</summary>
    public List<int> LateClarifications { get; set; } = [];

    /// <summary>Signals already raised (code:key), so a retried step raises none twice.</summary>
    public List<string> Signals { get; set; } = [];
}
