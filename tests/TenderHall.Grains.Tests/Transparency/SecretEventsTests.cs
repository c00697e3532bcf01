using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TenderHall.Crypto.Merkle;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Transparency;

namespace TenderHall.Grains.Tests.Transparency;

public sealed class SecretEventsTests
{
    private static LogEvent Event(string type)
    {
        var logEvent = new LogEvent { Type = type, Subject = "tender/T-SECRET-1", At = new DateTimeOffset(2026, 3, 4, 1, 0, 0, TimeSpan.Zero), Actor = "bidder" };
        logEvent.Data["envelopeSha256"] = new string('a', 64);
        logEvent.Data["address"] = "10.9.8.7";
        return logEvent;
    }

    [Fact]
    public void A_bid_leaf_is_a_commitment_that_names_neither_tender_nor_address_and_opens_only_with_its_salt()
    {
        var bid = Event("bid.received");
        var salt = RandomNumberGenerator.GetBytes(LeafCommitment.SaltLength);
        var leaf = LogEventJson.Encode(SecretEvents.Commitment(bid, salt));
        var text = Encoding.UTF8.GetString(leaf);
        Assert.All(new[] { "T-SECRET-1", "10.9.8.7", "bid.received", new string('a', 64) }, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));

        var committed = LogEventJson.Encode(SecretEvents.Disclosable(bid));
        Assert.DoesNotContain("10.9.8.7", Encoding.UTF8.GetString(committed), StringComparison.Ordinal);
        var commitment = JsonDocument.Parse(leaf).RootElement.GetProperty("data").GetProperty("commitment").GetString()!;
        Assert.True(LeafCommitment.Opens(commitment, salt, committed));
        Assert.False(LeafCommitment.Opens(commitment, RandomNumberGenerator.GetBytes(LeafCommitment.SaltLength), committed));
        Assert.False(LeafCommitment.Opens(commitment, salt, LogEventJson.Encode(Event("bid.withdrawn"))));
    }

    [Theory]
    [InlineData("bid.received", true)]
    [InlineData("bid.withdrawn", true)]
    [InlineData("guarantee.lodged", true)]
    [InlineData("guarantee.released", true)]
    [InlineData("tender.objection-raised", true)]
    [InlineData("tender.question-asked", true)]
    [InlineData("supervision.alarm-acknowledged", true)]
    [InlineData("tender.announced", false)]
    [InlineData("tender.clarified", false)]
    [InlineData("opening.started", false)]
    public void Events_that_reveal_buyers_lodgers_or_bidders_are_secret_and_public_acts_stay_in_the_clear(string type, bool secret) =>
        Assert.Equal(secret, SecretEvents.IsSecret(Event(type)));

    [Fact]
    public void A_public_event_loses_its_network_address_and_keeps_everything_else()
    {
        var announced = Event("tender.announced");
        var disclosed = SecretEvents.Disclosable(announced);
        Assert.False(disclosed.Data.ContainsKey("address"));
        Assert.Equal((announced.Type, announced.Subject, announced.At, new string('a', 64)), (disclosed.Type, disclosed.Subject, disclosed.At, disclosed.Data["envelopeSha256"]));
        Assert.Equal("10.9.8.7", announced.Data["address"]);
    }
}
