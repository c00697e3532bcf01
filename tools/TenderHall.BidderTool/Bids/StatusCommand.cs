using System.Globalization;
using System.Text;
using System.Text.Json;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Platform;

namespace TenderHall.BidderTool.Bids;

/// <summary><c>status</c>: the bidder's own bid in a tender as the platform holds it.</summary>
public sealed class StatusCommand : IOnlineCommand
{
    /// <inheritdoc/>
    public string Name => "status";

    /// <inheritdoc/>
    public string Synopsis => "status --tender <id>";

    /// <inheritdoc/>
    public IReadOnlyList<string> Options => ["tender"];

    /// <inheritdoc/>
    public async Task<Outcome> RunAsync(Arguments args, CliContext context)
    {
        args.NoPositional();
        var tender = args.Required("tender");
        var status = await PlatformClient.From(args, context).GetJsonAsync(PlatformClient.Tender(tender, "bids/mine"), signedIn: true);
        var text = new StringBuilder();
        if (status.TryGetProperty("current", out var current) && current.ValueKind == JsonValueKind.Object)
        {
            text.Append(CultureInfo.InvariantCulture, $"Your bid in tender {tender} counts: envelope {current.GetProperty("envelopeSha256").GetString()}, ")
                .Append(CultureInfo.InvariantCulture, $"{current.GetProperty("size")} bytes, received {current.GetProperty("receivedAt")}, log entry {current.GetProperty("index")}.");
        }
        else
        {
            var withdrawn = status.TryGetProperty("withdrawn", out var w) && w.ValueKind == JsonValueKind.True;
            text.Append(withdrawn ? $"Your bid in tender {tender} is withdrawn." : $"You have no bid in tender {tender}.");
        }

        if (status.TryGetProperty("replaced", out var replaced) && replaced.GetArrayLength() > 0)
            text.Append(CultureInfo.InvariantCulture, $" Replaced envelopes: {string.Join(", ", replaced.EnumerateArray().Select(r => r.GetString()))}.");
        return Outcome.Done(text.ToString());
    }
}
