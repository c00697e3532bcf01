using System.Globalization;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Experts;

/// <summary>
/// The columns of the expert import and export files (CSV and XLSX alike, docs/experts.md): one expert per row, lists
/// separated by <c>;</c> and the parts of a list item by <c>|</c>. <c>status</c> is exported and ignored on import.
/// </summary>
public static class ExpertSheet
{
    /// <summary>The header row.</summary>
    public static readonly string[] Columns =
        ["id", "name", "specialties", "title", "titleLevel", "yearsInField", "employerCreditCode", "employerName", "region", "mobile", "pastEmployers", "relationships", "status"];

    /// <summary>A row's cells for <paramref name="p"/>.</summary>
    public static string[] Cells(ExpertProfile p) =>
    [
        p.Id, p.Name, string.Join(";", p.Specialties), p.Title, p.TitleLevel.ToString(), p.YearsInField.ToString(CultureInfo.InvariantCulture),
        p.EmployerCreditCode, p.EmployerName, p.Region, p.Mobile,
        string.Join(";", p.PastEmployers.Select(e => $"{e.CreditCode}|{e.Name}|{Date(e.From)}|{(e.To is { } to ? Date(to) : "")}")),
        string.Join(";", p.Relationships.Select(r => $"{r.Kind}|{r.CreditCode}|{r.Note}")), p.Status.ToString(),
    ];

    /// <summary>Reads row <paramref name="row"/> from its cells by column name; a cell that cannot be read makes the row's problem.</summary>
    public static ImportRow Read(int row, IReadOnlyDictionary<string, string> cells)
    {
        string Cell(string name) => cells.TryGetValue(name, out var value) ? value.Trim() : "";
        try
        {
            return new ImportRow
            {
                Row = row,
                Profile = new ExpertProfile
                {
                    Id = Cell("id"), Name = Cell("name"), Specialties = [.. List(Cell("specialties"))], Title = Cell("title"),
                    TitleLevel = Enum<TitleLevel>(Cell("titleLevel"), "titleLevel"), YearsInField = Number(Cell("yearsInField")),
                    EmployerCreditCode = Cell("employerCreditCode"), EmployerName = Cell("employerName"), Region = Cell("region"), Mobile = Cell("mobile"),
                    PastEmployers = [.. List(Cell("pastEmployers")).Select(Employment)],
                    Relationships = [.. List(Cell("relationships")).Select(Relationship)],
                },
            };
        }
        catch (FormatException e)
        {
            return new ImportRow { Row = row, Problem = e.Message };
        }
    }

    private static Employment Employment(string item)
    {
        var parts = Parts(item, 4, "pastEmployers: creditCode|name|from|to");
        return new Employment { CreditCode = parts[0], Name = parts[1], From = Day(parts[2]), To = parts[3].Length == 0 ? null : Day(parts[3]) };
    }

    private static DeclaredRelationship Relationship(string item)
    {
        var parts = Parts(item, 3, "relationships: kind|creditCode|note");
        return new DeclaredRelationship { Kind = Enum<RelationshipKind>(parts[0], "relationship kind"), CreditCode = parts[1], Note = parts[2] };
    }

    private static string[] Parts(string item, int count, string shape)
    {
        var parts = item.Split('|').Select(p => p.Trim()).ToArray();
        return parts.Length == count ? parts : throw new FormatException($"'{item}' is not {shape}");
    }

    private static IEnumerable<string> List(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static T Enum<T>(string value, string what) where T : struct, Enum =>
        System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw new FormatException($"'{value}' is not a {what}: {string.Join(", ", System.Enum.GetNames<T>())}");

    private static int Number(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"yearsInField '{value}' is not a whole number");

    private static DateOnly Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw new FormatException($"'{value}' is not a date yyyy-MM-dd");

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
