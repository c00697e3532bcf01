namespace TenderHall.Grains.Bidding;

/// <summary>
/// Collusion signals at submission (BLR 40: bids handled by the same person or unit, abnormally alike): the same network
/// address, device or certificate across bidders of one tender, identical envelope sizes, clustered upload times. Each
/// signal is keyed by the shared value, so a value shared by many bidders is one signal, not one per pair.
/// </summary>
public static class CollusionSignals
{
    /// <summary>Submissions in the same window of this length from different bidders count as clustered.</summary>
    public static readonly TimeSpan Cluster = TimeSpan.FromSeconds(30);

    /// <summary>The signals <paramref name="bidder"/>'s entry shares with other bidders: (code, key of the shared value, detail).</summary>
    public static IEnumerable<(string Code, string Key, string Detail)> Find(string bidder, BidEntry entry, IReadOnlyDictionary<string, BidEntry> all)
    {
        var others = all.Where(b => b.Key != bidder).ToList();
        foreach (var address in entry.Addresses)
            if (Sharing(others, b => b.Addresses.Contains(address)) is { } who)
                yield return ("BLR-40-SAME-ADDRESS", address, $"{bidder} and {who} submitted from {address}");
        foreach (var device in entry.Devices)
            if (Sharing(others, b => b.Devices.Contains(device)) is { } who)
                yield return ("BLR-40-SAME-DEVICE", device, $"{bidder} and {who} submitted from device {device}");
        if (entry.CertificateSerial is { } serial && Sharing(others, b => b.CertificateSerial == serial) is { } signer)
            yield return ("BLR-40-SAME-CERTIFICATE", serial, $"{bidder} and {signer} signed with certificate {serial}");
        if (entry.Current is not { } mine) yield break;
        if (Sharing(others, b => b.Current?.Size == mine.Size) is { } same)
            yield return ("BLR-40-SAME-SIZE", mine.Size.ToString(System.Globalization.CultureInfo.InvariantCulture), $"envelopes of {bidder} and {same} are both {mine.Size} bytes");
        var window = mine.ReceivedAt.UtcTicks / Cluster.Ticks;
        if (Sharing(others, b => b.Current is { } c && c.ReceivedAt.UtcTicks / Cluster.Ticks == window) is { } near)
            yield return ("BLR-40-CLUSTERED", window.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{bidder} and {near} submitted within the same {Cluster.TotalSeconds:F0} seconds");
    }

    private static string? Sharing(List<KeyValuePair<string, BidEntry>> others, Func<BidEntry, bool> shares) =>
        others.FirstOrDefault(b => shares(b.Value)).Key;
}
