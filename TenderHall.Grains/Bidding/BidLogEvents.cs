using System.Globalization;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Bidding;

/// <summary>The public log leaves of the bid box, built in one place (what a leaf may reveal is decided here).</summary>
public static class BidLogEvents
{
    /// <summary>The <c>bid.received</c> leaf of <paramref name="bid"/>.</summary>
    /// <remarks>BL 22: who bids stays secret until the opening, so the public log names the envelope, not the bidder or its user.</remarks>
    public static LogEvent Received(string tenderId, SealedBid bid)
    {
        var logEvent = new LogEvent { Type = "bid.received", Subject = "tender/" + tenderId, At = bid.ReceivedAt, Actor = "bidder" };
        logEvent.Data["envelopeSha256"] = bid.EnvelopeSha256;
        logEvent.Data["size"] = bid.Size.ToString(CultureInfo.InvariantCulture);
        return logEvent;
    }

    /// <summary>The <c>bid.withdrawn</c> leaf of <paramref name="bid"/>, withdrawn at <paramref name="at"/> (BLR 35).</summary>
    public static LogEvent Withdrawn(string tenderId, SealedBid bid, DateTimeOffset at)
    {
        var logEvent = new LogEvent { Type = "bid.withdrawn", Subject = "tender/" + tenderId, At = at, Actor = "bidder" };
        logEvent.Data["envelopeSha256"] = bid.EnvelopeSha256;
        return logEvent;
    }
}
