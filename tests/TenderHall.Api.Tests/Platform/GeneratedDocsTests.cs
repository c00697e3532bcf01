using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class GeneratedDocsTests(PlatformFactory platform)
{
    [Fact]
    public void The_rule_reference_matches_the_rule_catalogue()
    {
        Assert.All(RuleCatalogue.NotAnswered.Keys, code => RuleCatalogue.Get(code));
        var doc = new StringBuilder();
        doc.Append("# Rule codes\n\nGenerated from `RuleCatalogue` by `GeneratedDocsTests`; do not edit by hand.\n")
            .Append("Every refused request is RFC 9457 problem details whose `rule` is one of these codes.\n\n")
            .Append("| Code | HTTP | Source | Message (en) | Message (zh) |\n|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalogue.Rules.Where(r => !RuleCatalogue.NotAnswered.ContainsKey(r.Code)))
            doc.Append(CultureInfo.InvariantCulture, $"| `{rule.Code}` | {Problems.RuleProblems.StatusOf(rule.Kind)} | {rule.Source} | {Escape(rule.En)} | {Escape(rule.Zh)} |\n");
        doc.Append("\n## Statutory periods and how each is counted (CC 201–203)\n\n")
            .Append("Generated from `StatutoryPeriods`. The event's day is not counted (CC 201); a last day that is a rest day gives way to ")
            .Append("the next working day (CC 203) where the table says so. *A deadline that may fall on day N* lets the later act come at any ")
            .Append("time of that day; *a window that must last N days* runs to 24:00 of it.\n\n")
            .Append("| Rule set | Code | Reading | Rolled to a working day | Configurable |\n|---|---|---|---|---|\n");
        foreach (var set in Enum.GetValues<RuleSet>())
            foreach (var period in StatutoryPeriods.Default.For(set))
                doc.Append(CultureInfo.InvariantCulture, $"| {set} | `{period.Code}` | {Reading(period)} | ")
                    .Append(CultureInfo.InvariantCulture, $"{(period.RollsOver ? "yes" : "no")} | {(period.Checked ? "no (statute)" : "yes (secondary source)")} |\n");
        doc.Append("\n## Codes no request is answered with\n\nIn the catalogue, but no request is refused with them; the table says why.\n\n")
            .Append("| Code | Why | Source |\n|---|---|---|\n");
        foreach (var rule in RuleCatalogue.Rules.Where(r => RuleCatalogue.NotAnswered.ContainsKey(r.Code)))
            doc.Append(CultureInfo.InvariantCulture, $"| `{rule.Code}` | {RuleCatalogue.NotAnswered[rule.Code]} | {rule.Source} |\n");
        doc.Append("\n## Supervision alarm codes\n\nRaised into the supervisors' daily alarm inbox (`GET /api/v1/supervision/alarms`); never a refusal.\n\n")
            .Append("| Code | Source | Raised when |\n|---|---|---|\n");
        foreach (var (code, source, raisedWhen) in AlarmCodes.All)
            doc.Append(CultureInfo.InvariantCulture, $"| `{code}` | {source} | {raisedWhen} |\n");
        GeneratedDoc.AssertCurrent("docs/rules.md", doc.ToString());
    }

    [Fact]
    public async Task The_committed_openapi_document_matches_the_endpoints()
    {
        using var client = platform.ClientAs(null);
        var json = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        GeneratedDoc.AssertCurrent("docs/openapi.json", json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    [Fact]
    public void The_tender_lifecycle_diagram_is_generated_from_the_state_machine()
    {
        var doc = "# Tender lifecycle\n\nGenerated from `TenderLifecycle` (Stateless) by `GeneratedDocsTests`; do not edit by hand.\n"
                  + "Render with `dot -Tsvg docs/tender-lifecycle.md` after removing these lines, or paste the graph into any Graphviz viewer.\n\n"
                  + "```dot\n" + Grains.Tendering.TenderLifecycle.ToDotGraph().ReplaceLineEndings("\n").TrimEnd() + "\n```\n";
        GeneratedDoc.AssertCurrent("docs/tender-lifecycle.md", doc);
    }

    [Fact]
    public void The_licensing_case_lifecycle_diagram_is_generated_from_the_state_machine()
    {
        var doc = "# Licensing case lifecycle\n\nGenerated from `CaseLifecycle` (Stateless) by `GeneratedDocsTests`; do not edit by hand.\n"
                  + "Render with `dot -Tsvg docs/licensing-case-lifecycle.md` after removing these lines, or paste the graph into any Graphviz viewer.\n\n"
                  + "```dot\n" + Grains.Licensing.Cases.CaseLifecycle.ToDotGraph().ReplaceLineEndings("\n").TrimEnd() + "\n```\n";
        GeneratedDoc.AssertCurrent("docs/licensing-case-lifecycle.md", doc);
    }

    [Fact]
    public void The_project_table_of_the_architecture_is_generated_from_the_project_files()
    {
        var root = GeneratedDoc.RepoRoot();
        var projects = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(root, "TenderHall.sln")), "\"([^\"]+\\.csproj)\"")
            .Select(m => m.Groups[1].Value.Replace('\\', '/'))
            .OrderBy(path => path.StartsWith("tests/", StringComparison.Ordinal) ? 2 : path.StartsWith("tools/", StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(path => path, StringComparer.Ordinal);
        var table = new StringBuilder("| Project | Folder | Depends on | Holds |\n|---|---|---|---|\n");
        foreach (var path in projects)
        {
            var project = System.Xml.Linq.XDocument.Load(Path.Combine(root, path)).Root!;
            var holds = project.Nodes().OfType<System.Xml.Linq.XComment>().FirstOrDefault()?.Value.Trim();
            Assert.False(string.IsNullOrEmpty(holds), $"{path} starts with no comment saying what it holds.");
            var references = project.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
                .Concat(project.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value));
            table.Append(CultureInfo.InvariantCulture, $"| `{Path.GetFileNameWithoutExtension(path)}` | `{Path.GetDirectoryName(path)}/` | {string.Join(", ", references)} | {Escape(holds!)} |\n");
        }

        GeneratedDoc.AssertSection("docs/architecture.md", "projects", table.ToString());
    }

    private static string Reading(StatutoryPeriod period)
    {
        var days = $"{period.Amount} {(period.Unit == DayUnit.WorkingDays ? "working days" : "days")}";
        return period.Shape switch
        {
            PeriodShape.MinimumInterval => $"a deadline that may fall on day {period.Amount}: {period.Measures}",
            PeriodShape.MinimumDuration => $"a window that must last {days}, to 24:00 of its last day: {period.Measures}",
            PeriodShape.MinimumLeadTime => $"at least {days} before the anchor, until 24:00 of the day that leaves them: {period.Measures}",
            _ => $"within {days}, until 24:00 of the last day: {period.Measures}",
        };
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
