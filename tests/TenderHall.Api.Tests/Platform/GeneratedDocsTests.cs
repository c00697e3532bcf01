using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class GeneratedDocsTests(PlatformFactory platform)
{
    [Fact]
    public void The_rule_reference_matches_the_rule_catalogue()
    {
        var doc = new StringBuilder();
        doc.Append("# Rule codes\n\nGenerated from `RuleCatalogue` by `GeneratedDocsTests`; do not edit by hand.\n")
            .Append("Every refused request is RFC 9457 problem details whose `rule` is one of these codes.\n\n")
            .Append("| Code | HTTP | Source | Message (en) | Message (zh) |\n|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalogue.Rules)
            doc.Append($"| `{rule.Code}` | {Problems.RuleProblems.StatusOf(rule.Kind)} | {rule.Source} | {Escape(rule.En)} | {Escape(rule.Zh)} |\n");
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

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
