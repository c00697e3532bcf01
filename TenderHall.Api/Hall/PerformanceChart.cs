using System.Globalization;
using System.Security;
using System.Text;
using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Hall;

/// <summary>
/// Server-rendered SVG bar charts of the performance figures: horizontal bars with their values written out, a title and a
/// description for assistive technology; every label is data, escaped, and the chart runs no script.
/// </summary>
public static class PerformanceChart
{
    private const int Width = 720, Row = 28, Top = 48, LabelWidth = 220, BarWidth = 380;

    /// <summary>The bars of <paramref name="figure"/> per <paramref name="unit"/>: label and value (a rate as a share of 1).</summary>
    public static IReadOnlyList<(string Label, decimal Value)> Bars(IReadOnlyList<DepartmentPerformance> performance, ChartFigure figure, ChartUnit unit)
    {
        if (figure == ChartFigure.SatisfiedRate)
        {
            return unit switch
            {
                ChartUnit.Department => [.. performance.Select(p => (p.DepartmentId, p.Ratings?.SatisfiedRate ?? 0))],
                ChartUnit.Officer => [.. performance.SelectMany(p => p.Officers).Where(o => o.Ratings is { Total: > 0 }).Select(o => (Label(o), o.Ratings!.SatisfiedRate))],
                _ => throw RuleViolationException.Of("REQ-FIELD", ("field", "by"), ("detail", "ratings are charted per department or per officer (per window: GET /api/v1/ratings/results?by=Window)")),
            };
        }

        var figures = unit switch
        {
            ChartUnit.Window => performance.SelectMany(p => p.Windows),
            ChartUnit.Officer => performance.SelectMany(p => p.Officers),
            _ => performance.Select(p => p.All),
        };
        return [.. figures.Select(f => (Label(f), Value(f, figure)))];
    }

    private static string Label(PerformanceFigures f) => f.Id.Length == 0 ? "—" : f.Id;

    /// <summary>The SVG document.</summary>
    public static string Render(IReadOnlyList<(string Label, decimal Value)> bars, ChartFigure figure, ChartUnit unit, string language)
    {
        var zh = language == "zh";
        var rate = figure is ChartFigure.OnTimeRate or ChartFigure.OnTheSpotRate or ChartFigure.SatisfiedRate;
        var max = rate ? 1m : Math.Max(1m, bars.Count == 0 ? 1m : bars.Max(b => b.Value));
        var height = Top + Math.Max(1, bars.Count) * Row + 16;
        var title = $"{Name(figure, zh)} · {(zh ? UnitZh(unit) : UnitEn(unit))}";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"t d\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"t\">{SecurityElement.Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"d\">{SecurityElement.Escape(string.Join("; ", bars.Select(b => $"{b.Label}: {Format(b.Value, rate)}")))}</desc>");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"#0b0c0c\">{SecurityElement.Escape(title)}</text>");
        if (bars.Count == 0)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"{Top + 18}\" font-size=\"14\" fill=\"#0b0c0c\">{(zh ? "暂无数据" : "No data yet")}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = Top + i * Row;
            var length = max == 0 ? 0 : (int)Math.Round(BarWidth * Math.Clamp(value / max, 0, 1));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" font-size=\"13\" text-anchor=\"end\" fill=\"#0b0c0c\">{SecurityElement.Escape(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{length}\" height=\"{Row - 10}\" fill=\"#1d70b8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 18}\" font-size=\"13\" fill=\"#0b0c0c\">{Format(value, rate)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static decimal Value(PerformanceFigures f, ChartFigure figure) => figure switch
    {
        ChartFigure.OnTimeRate => f.OnTimeRate,
        ChartFigure.OnTheSpotRate => f.OnTheSpotRate,
        ChartFigure.Overdue => f.Overdue,
        _ => f.AverageHandlingWorkingDays,
    };

    private static string Format(decimal value, bool rate) =>
        rate ? (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Name(ChartFigure figure, bool zh) => figure switch
    {
        ChartFigure.OnTimeRate => zh ? "按时办结率" : "On-time rate",
        ChartFigure.OnTheSpotRate => zh ? "现场办结率" : "On-the-spot completion rate",
        ChartFigure.Overdue => zh ? "超期件数" : "Overdue cases",
        ChartFigure.AverageHandlingWorkingDays => zh ? "平均办理时长（工作日）" : "Average handling time (working days)",
        _ => zh ? "满意率" : "Satisfied rate",
    };

    private static string UnitZh(ChartUnit unit) => unit switch { ChartUnit.Window => "按窗口", ChartUnit.Officer => "按工作人员", _ => "按部门" };

    private static string UnitEn(ChartUnit unit) => unit switch { ChartUnit.Window => "per window", ChartUnit.Officer => "per officer", _ => "per department" };
}
