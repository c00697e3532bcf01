using TenderHall.Grains.Bidding;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Grains.Tests.Bidding;

public sealed class CollusionSignalsTests
{
    [Fact]
    public void Every_collusion_signal_is_raised_with_a_catalogued_alarm_code()
    {
        var at = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        BidEntry Entry(string bidder) => new()
        {
            Current = new SealedBid(bidder, new string('a', 64), 4096, at), Addresses = ["203.0.113.7"], Devices = ["device-1"], CertificateSerial = "01AB",
        };
        var all = new Dictionary<string, BidEntry> { ["bidder-1"] = Entry("bidder-1"), ["bidder-2"] = Entry("bidder-2") };

        var codes = CollusionSignals.Find("bidder-1", all["bidder-1"], all).Select(s => s.Code).ToList();

        Assert.Equal(["BLR-40-SAME-ADDRESS", "BLR-40-SAME-DEVICE", "BLR-40-SAME-CERTIFICATE", "BLR-40-SAME-SIZE", "BLR-40-CLUSTERED"], codes);
        Assert.All(codes, code => Assert.Contains(AlarmCodes.All, a => a.Code == code));
    }
}
