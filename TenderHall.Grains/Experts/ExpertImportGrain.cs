using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Experts;

/// <summary>
/// One import of the expert database. Every row is checked first with the entry rules; one rejected row stops the import
/// before anything is written. Otherwise the checked rows are stored, then written one by one, so an import cut short by a
/// crash finishes when it is run again rather than staying half done.
/// </summary>
[GrainType("th-expert-import")]
public sealed class ExpertImportGrain(
    [PersistentState("expert-import", StorageNames.Default)] IPersistentState<ImportState> state,
    IGrainFactory grains) : Grain, IExpertImportGrain
{
    /// <summary>Most rows one file may have.</summary>
    public const int MaxRows = 20_000;

    /// <inheritdoc />
    public async Task<ImportReport> Run(Actor actor, IReadOnlyList<ImportRow> rows)
    {
        if (!actor.Is(Roles.CentreAdmin)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (state.State.Report is null)
        {
            if (rows.Count > MaxRows) throw RuleViolationException.Of("EXPERT-IMPORT", ("detail", $"at most {MaxRows} rows per file"));
            var report = new ImportReport { ImportId = this.GetPrimaryKeyString(), Rows = rows.Count, Rejected = Check(rows) };
            report.Applied = report.Rejected.Count == 0;
            state.State.Report = report;
            state.State.Pending = report.Applied ? [.. rows.Select(r => r.Profile!)] : [];
            await state.WriteStateAsync();
        }

        while (state.State.Pending.Count > 0)
        {
            var profile = state.State.Pending[0];
            var existed = await grains.GetGrain<IExpertGrain>(profile.Id).Get() is not null;
            await grains.GetGrain<IExpertGrain>(profile.Id).Upsert(profile);
            if (existed) state.State.Report.Updated++;
            else state.State.Report.Entered++;
            state.State.Pending.RemoveAt(0);
            await state.WriteStateAsync();
        }

        return state.State.Report;
    }

    private static List<RowRejection> Check(IReadOnlyList<ImportRow> rows)
    {
        var rejected = new List<RowRejection>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row.Profile?.Id ?? "";
            RuleViolationException? violation = row.Profile is null
                ? RuleViolationException.Of("EXPERT-IMPORT", ("detail", row.Problem ?? "the row cannot be read"))
                : ExpertEntryRules.Check(row.Profile);
            if (violation is null && !seen.Add(id))
                violation = RuleViolationException.Of("DIR-EXPERT", ("detail", $"id {id} appears twice in the file"));
            if (violation is not null) rejected.Add(new RowRejection { Row = row.Row, Id = id, Rule = violation.Rule, Args = violation.Args });
        }

        return rejected;
    }
}
