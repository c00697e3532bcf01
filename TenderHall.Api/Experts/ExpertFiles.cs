using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Experts;

/// <summary>Expert files in CSV (CsvHelper, RFC 4180, UTF-8) and XLSX (MiniExcel), both laid out as <see cref="ExpertSheet"/>.</summary>
public static class ExpertFiles
{
    /// <summary>Media type of the CSV file.</summary>
    public const string Csv = "text/csv";

    /// <summary>Media type of the XLSX file.</summary>
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The rows of <paramref name="file"/> in <paramref name="format"/> (<c>csv</c> or <c>xlsx</c>).</summary>
    public static List<ImportRow> Read(byte[] file, string format)
    {
        try
        {
            var rows = format == "xlsx" ? ReadXlsx(file) : ReadCsv(file);
            return [.. rows.Select((cells, i) => ExpertSheet.Read(i + 2, cells))];
        }
        catch (Exception e) when (e is CsvFormatException or InvalidDataException or InvalidOperationException or System.Xml.XmlException)
        {
            throw RuleViolationException.Of("EXPERT-IMPORT", ("detail", $"not a {format.ToUpperInvariant()} file with the expert columns ({e.GetType().Name})"));
        }
    }

    /// <summary>The experts as a file in <paramref name="format"/>.</summary>
    public static byte[] Write(IEnumerable<ExpertProfile> experts, string format)
    {
        using var stream = new MemoryStream();
        if (format == "xlsx")
        {
            var rows = experts.Select(e => ExpertSheet.Columns.Zip(ExpertSheet.Cells(e)).ToDictionary(c => c.First, c => (object)c.Second));
            stream.SaveAs(rows, printHeader: true, excelType: ExcelType.XLSX);
            return stream.ToArray();
        }

        // A UTF-8 byte order mark first, so spreadsheet programs read the Chinese names right.
        stream.Write([0xEF, 0xBB, 0xBF]);
        using (var csv = CsvWriter.Create(stream, null, leaveOpen: true))
        {
            csv.WriteHeader(ExpertSheet.Columns);
            foreach (var expert in experts) csv.WriteRecord(ExpertSheet.Cells(expert));
        }

        return stream.ToArray();
    }

    private static List<Dictionary<string, string>> ReadCsv(byte[] file)
    {
        using var csv = CsvReader.Create(file, new CsvReaderOptions { MalformedData = CsvMalformedDataHandling.Throw, FieldCountMismatch = CsvFieldCountHandling.Throw });
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(Enumerable.Range(0, header.Length).ToDictionary(i => header[i], csv.GetString, StringComparer.Ordinal));
        return rows;
    }

    private static List<Dictionary<string, string>> ReadXlsx(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return [.. stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(row => row.ToDictionary(c => c.Key, c => Convert.ToString(c.Value, CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal))];
    }
}
