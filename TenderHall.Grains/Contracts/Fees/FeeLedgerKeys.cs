using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Grains.Contracts.Fees;

/// <summary>
/// Keys of the ledger shards, <c>{yyyy-MM-dd}#{bucket}</c>: the China-time accounting day and a stable hash bucket of the
/// order id. A day's postings spread over <see cref="Buckets"/> grains, so no single grain takes every payment of the
/// province, while a query over a date range still knows every shard to read.
/// </summary>
public static class FeeLedgerKeys
{
    /// <summary>Shards per day.</summary>
    public const int Buckets = 4;

    /// <summary>China Standard Time, UTC+8 all year: the accounting day of the centre.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The China-time date of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    /// <summary>The shard that holds <paramref name="entry"/>.</summary>
    public static string For(JournalEntry entry) => For(DateOf(entry.PostedAt), Bucket(entry.OrderId));

    /// <summary>The shard of one day and bucket.</summary>
    public static string For(DateOnly date, int bucket) => $"{date:yyyy-MM-dd}#{bucket}";

    /// <summary>Every shard of the days from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public static IEnumerable<string> Between(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
            for (var bucket = 0; bucket < Buckets; bucket++)
                yield return For(day, bucket);
    }

    /// <summary>The bucket of an order: the first byte of SHA-256 of its id, so it is the same in every process.</summary>
    public static int Bucket(string orderId) => SHA256.HashData(Encoding.UTF8.GetBytes(orderId))[0] % Buckets;
}
