using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>
/// The moves after the opening that other grains report: the session closed, the committee sat, the report was signed.
/// Each is idempotent, so a caller that retries after a failed write never moves the tender twice.
/// </summary>
public sealed partial class Tender
{
    /// <summary>The opening session closed with its countersigned record (BL 36, EBM 33).</summary>
    public bool CloseOpening(string recordPdfSha256, DateTimeOffset now)
    {
        _ = Registration;
        if (state.OpeningRecordSha256 == recordPdfSha256) return false;
        RequireTrigger(TenderTrigger.CloseOpening, "close the opening");
        state.OpeningRecordSha256 = recordPdfSha256;
        lifecycle.Fire(TenderTrigger.CloseOpening);
        journal.Record("tender.opened", Actor.System, now, ("recordPdfSha256", recordPdfSha256));
        return true;
    }

    /// <summary>The confirmed committee sits (BL 37); the bids go to it.</summary>
    public bool StartEvaluation(DateTimeOffset now)
    {
        _ = Registration;
        if (state.Status == TenderStatus.Evaluating) return false;
        RequireTrigger(TenderTrigger.StartEvaluation, "start the evaluation");
        lifecycle.Fire(TenderTrigger.StartEvaluation);
        journal.Record("tender.evaluation-started", Actor.System, now);
        return true;
    }

    /// <summary>
    /// The committee signed its report: at most three ranked candidates (BLR 53) go public (BLR 54). The same report again
    /// changes nothing, wherever the tender has moved since (a retry after the evaluation's write failed).
    /// </summary>
    public bool PublishCandidates(EvaluationResult result, DateTimeOffset now)
    {
        _ = Registration;
        if (state.Evaluation?.ReportSha256 == result.ReportSha256 && After.PublicityFrom is not null) return false;
        RequireTrigger(TenderTrigger.PublishCandidates, "publish the candidates");
        if (result.Candidates.Count is 0 or > 3)
            throw RuleViolationException.Of("BLR-53", ("candidates", result.Candidates.Count));
        state.Evaluation = result;
        lifecycle.Fire(TenderTrigger.PublishCandidates);
        BeginPublicity(result, now);
        journal.Record("tender.candidates-published", Actor.System, now, ("reportSha256", result.ReportSha256),
            ("candidates", string.Join(",", result.Candidates.OrderBy(c => c.Rank).Select(c => c.BidderId))));
        return true;
    }

    /// <summary>
    /// The committee's signed report rejected every bid (BL 42): the tender is tendered again, for the report's reason, and
    /// everyone who obtained the documents is told. The same report again changes nothing.
    /// </summary>
    public bool RetenderAllRejected(EvaluationResult result, IReadOnlyCollection<string> holders, DateTimeOffset now)
    {
        _ = Registration;
        if (state.Evaluation?.ReportSha256 == result.ReportSha256 && state.Status == TenderStatus.Retendered) return false;
        var reason = result is { Candidates.Count: 0, AllRejected: { Length: > 0 } why }
            ? why
            : throw new ArgumentException("Only a report without candidates, stating why, re-tenders the tender.", nameof(result));
        if (state.Status != TenderStatus.Evaluating)
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", "re-tender after every bid was rejected"));
        state.Evaluation = result;
        state.RetenderReason = reason;
        lifecycle.Fire(TenderTrigger.Retender);
        journal.Record("tender.retendered", Actor.System, now, ("reason", reason), ("reportSha256", result.ReportSha256));
        journal.Notify([.. holders, Registration.AgencyId], "all-rejected", "tender.retendered", now,
            $"招标项目 {Id} 的评标委员会否决了全部投标：{reason}。招标人应当依法重新招标（招标投标法第四十二条）。",
            $"The evaluation committee of tender {Id} rejected every bid ({reason}); the tender must be tendered again (BL 42).");
        return true;
    }
}
