using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Benchmarks.Bidding;

namespace TenderHall.Benchmarks.Faults;

/// <summary>What the platform holds after recovery: each receipted bid in its bidder's box, and how many commitments the surge logged.</summary>
public sealed class DrillCheck(RemotePlatform platform, string tenderId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The log's size by its latest signed checkpoint.</summary>
    public async Task<long> TreeSizeAsync() =>
        long.Parse((await Recovered(() => platform.Http.GetStringAsync("/api/v1/transparency/checkpoint"))).Split('\n')[1], CultureInfo.InvariantCulture);

    /// <summary>Receipted bidders whose box does not hold the receipted envelope under the receipt's log index.</summary>
    public async Task<IReadOnlyList<string>> LostAsync(IReadOnlyList<BidderRun> runs, IReadOnlyList<SealedBid> bids)
    {
        var lost = new List<string>();
        foreach (var (run, bid) in runs.Zip(bids))
        {
            if (run.Receipt is not { } receipt) continue;
            var status = await Recovered(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/tenders/{tenderId}/bids/mine");
                request.Headers.Authorization = bid.Token;
                using var response = await platform.Http.SendAsync(request);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            });
            var current = status.GetProperty("current");
            if (current.ValueKind != JsonValueKind.Object || current.GetProperty("envelopeSha256").GetString() != receipt.EnvelopeSha256
                || current.GetProperty("index").GetInt64() != receipt.Index)
                lost.Add(run.BidderId);
        }

        return lost;
    }

    /// <summary>How many commitment leaves (secret events: here only the surge's <c>bid.received</c>) lie in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<int> CommitmentsAsync(long from, long to)
    {
        var count = 0;
        for (var start = from; start < to; start += 1000)
        {
            var leaves = await Recovered(() => platform.Http.GetFromJsonAsync<JsonElement>($"/api/v1/transparency/entries?start={start}&end={Math.Min(to, start + 1000)}", Json));
            foreach (var leaf in leaves.EnumerateArray())
            {
                using var data = JsonDocument.Parse(leaf.GetProperty("data").GetBytesFromBase64());
                if (data.RootElement.GetProperty("type").GetString() == "commitment") count++;
            }
        }

        return count;
    }

    // The platform may still be settling after the recovery command: a read is retried for up to a minute.
    private static async Task<T> Recovered<T>(Func<Task<T>> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && attempt < 60)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
