using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>The written report to supervision (BL 47), the archive, and the alarms of the clocks after the award.</summary>
public sealed partial class Tender
{
    /// <summary>How long before the contract deadline supervision is warned (BL 46; the seed's "warning before a deadline").</summary>
    public static readonly TimeSpan ContractWarning = TimeSpan.FromDays(5);

    /// <summary>The agency files the written report generated from the record (BL 47: within 15 days of the winner).</summary>
    public void FileReport(Actor actor, string reportPdfSha256, DateTimeOffset now)
    {
        RequireAgency(actor);
        if (state.Status is not (TenderStatus.Awarded or TenderStatus.Contracted) || After.Award is null)
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", "file the written report"));
        After.ReportPdfSha256 = reportPdfSha256;
        After.ReportFiledAt = now;
        journal.Record("tender.report-filed", actor, now, ("reportPdfSha256", reportPdfSha256), ("late", (now > After.ReportDue).ToString()));
    }

    /// <summary>Refuses unless the tender's file is complete and may be archived now.</summary>
    public void RequireArchivable(Actor actor)
    {
        RequireAgency(actor);
        if (state.Status != TenderStatus.Contracted) throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", "archive"));
        // BL 47: an engineering tender's file is complete only with the written report.
        if (Registration.Regime == LegalRegime.Engineering && After.ReportPdfSha256 is null) throw RuleViolationException.Of("BL-47-MISSING", ("id", Id));
    }

    /// <summary>Archives the tender: its manifest and trade certificate are named in the log, so both verify offline.</summary>
    public void Archive(Actor actor, string manifestSha256, string certificateSha256, DateTimeOffset now)
    {
        RequireArchivable(actor);
        After.ArchiveManifestSha256 = manifestSha256;
        After.CertificateSha256 = certificateSha256;
        After.ArchivedAt = now;
        lifecycle.Fire(TenderTrigger.Archive);
        journal.Record("tender.archived", actor, now, ("manifestSha256", manifestSha256), ("certificateSha256", certificateSha256));
    }

    private IEnumerable<(string Id, DateTimeOffset At, AlarmSeverity Severity, string Code, string Message)> AfterOpeningClocks()
    {
        if (state.Status == TenderStatus.Awarded && After.ContractDue is { } contractDue && After.Contract?.SignedAt is null)
        {
            var round = After.Declined.Count + 1;
            yield return ($"contract/{round}/due-soon", contractDue - ContractWarning, AlarmSeverity.Warning, "BL-46",
                $"The contract of tender {Id} must be signed by {Beijing(contractDue)} (Beijing time).");
            yield return ($"contract/{round}/overdue", contractDue, AlarmSeverity.Alarm, "BL-46",
                $"The contract of tender {Id} was due by {Beijing(contractDue)} (Beijing time) and is not signed.");
        }

        if (After.ReportDue is { } reportDue && After.ReportFiledAt is null && After.Award is not null && state.Status is TenderStatus.Awarded or TenderStatus.Contracted)
            yield return ($"report/{After.Declined.Count + 1}/overdue", reportDue, AlarmSeverity.Alarm, "BL-47",
                $"The written report of tender {Id} was due by {Beijing(reportDue)} (Beijing time) and is not filed.");
        if (After.Contract is { FilingDue: { } filingDue, FiledAt: null })
            yield return ("contract/filing-overdue", filingDue, AlarmSeverity.Alarm, "GPL-47",
                $"The contract of procurement {Id} was due to be filed by {Beijing(filingDue)} (Beijing time).");
    }

    // Each clock alarms once: a timed check may run twice, so the alarm's id is remembered with the state.
    private void AlarmAfterOpening(DateTimeOffset now)
    {
        foreach (var clock in AfterOpeningClocks().Where(c => now >= c.At && !state.OverdueAlarms.Contains(c.Id)).ToList())
        {
            state.OverdueAlarms.Add(clock.Id);
            journal.Alarm(clock.Id, clock.Severity, clock.Code, now, clock.Message);
        }
    }

    private DateTimeOffset? NextDueAfterOpening(DateTimeOffset? due)
    {
        foreach (var clock in AfterOpeningClocks().Where(c => !state.OverdueAlarms.Contains(c.Id)))
            if (due is null || clock.At < due) due = clock.At;
        return due;
    }
}
