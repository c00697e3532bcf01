using TenderHall.Grains.Contracts.Bidding;

namespace TenderHall.Grains.Bidding;

/// <summary>
/// Collusion signals at submission (BLR 40: bids handled by the same person or unit, abnormally alike): the same network
/// address, device or certificate across bidders of one tender, identical envelope sizes, clustered upload times.
/// </summary>
public static class CollusionSignals
{
    /// <summary>Two submissions closer than this from different bidders count as clustered.</summary>
    public static readonly TimeSpan Cluster = TimeSpan.FromSeconds(30);

    /// <summary>The signals the bid of <paramref name="bidder"/> raises against the other bids: (signal code, other bidder, detail).</summary>
    public static IEnumerable<(string Code, string Other, string Detail)> Find(string bidder, BidRecord bid, IReadOnlyDictionary<string, BidRecord> all)
    {
        foreach (var (other, record) in all)
        {
            if (other == bidder) continue;
            foreach (var address in bid.Addresses.Intersect(record.Addresses))
                yield return ("BLR-40-SAME-ADDRESS", other, $"both submitted from {address}");
            foreach (var device in bid.Devices.Intersect(record.Devices))
                yield return ("BLR-40-SAME-DEVICE", other, $"both submitted from device {device}");
            if (bid.CertificateSerial is not null && bid.CertificateSerial == record.CertificateSerial)
                yield return ("BLR-40-SAME-CERTIFICATE", other, $"both signed with certificate {bid.CertificateSerial}");
            if (bid.Current is { } mine && record.Current is { } theirs)
            {
                if (mine.Size == theirs.Size) yield return ("BLR-40-SAME-SIZE", other, $"both envelopes are {mine.Size} bytes");
                if ((mine.ReceivedAt - theirs.ReceivedAt).Duration() < Cluster)
                    yield return ("BLR-40-CLUSTERED", other, $"received {(mine.ReceivedAt - theirs.ReceivedAt).Duration().TotalSeconds:F0} s apart");
            }
        }
    }
}
