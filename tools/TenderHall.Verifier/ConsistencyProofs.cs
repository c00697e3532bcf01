using System.Text.Json;

namespace TenderHall.Verifier;

/// <summary>Consistency proofs from a file (<c>--proof</c>, the log's JSON) or fetched from the log (<c>--log-url</c>).</summary>
public static class ConsistencyProofs
{
    /// <summary>The proof hashes between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static async Task<IReadOnlyList<byte[]>> LoadAsync(Arguments args, long from, long to, HttpClient http)
    {
        string json;
        if (args.Option("proof") is { } proof)
        {
            json = proof.TrimStart().StartsWith('{') ? proof : File.ReadAllText(proof.TrimStart('@'));
        }
        else if (args.Option("log-url") is { } url)
        {
            json = await http.GetStringAsync(new Uri($"{url.TrimEnd('/')}/api/v1/transparency/proofs/consistency?from={from}&to={to}"));
        }
        else
        {
            throw new UsageException("give the consistency proof with --proof <file.json | @file> or --log-url <platform address>.");
        }

        return Hashes(JsonDocument.Parse(json).RootElement);
    }

    /// <summary>The <c>hashes</c> array of a proof document, base64 decoded.</summary>
    public static List<byte[]> Hashes(JsonElement proof) =>
        [.. proof.GetProperty("hashes").EnumerateArray().Select(h => h.GetBytesFromBase64())];
}
