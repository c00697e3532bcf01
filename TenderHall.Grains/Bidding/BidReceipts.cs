using System.Globalization;
using System.Text;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Transparency;

namespace TenderHall.Grains.Bidding;

/// <summary>Writes the signed receipt that proves a bid event is in the transparency log.</summary>
public sealed class BidReceipts(IGrainFactory grains, LogSequencerSettings settings)
{
    /// <summary>Waits for a checkpoint covering <paramref name="logEvent"/>, logged as <paramref name="logged"/>, and returns the signed receipt.</summary>
    public async Task<BidReceipt> Issue(LogEvent logEvent, LogReceipt logged, string tenderId, string bidderId, string envelopeSha256, long size)
    {
        // BL 22: the public leaf of a bid is a commitment; the receipt carries its salt and the event, so the bidder proves inclusion.
        var salt = logged.Salt is null ? null : Convert.FromBase64String(logged.Salt);
        var leafData = LogEventJson.Encode(SecretEvents.PublicLeaf(logEvent, salt));
        var inclusion = await grains.GetGrain<ILogSequencerGrain>(0).Inclusion(logged.Index);
        var receipt = new BidReceipt
        {
            TenderId = tenderId, BidderId = bidderId, EnvelopeSha256 = envelopeSha256, Size = size, ReceivedAt = logEvent.At,
            Index = logged.Index, LeafData = Convert.ToBase64String(leafData), LeafHash = Convert.ToBase64String(inclusion.LeafHash),
            Checkpoint = inclusion.Checkpoint, Hashes = [.. inclusion.Hashes.Select(Convert.ToBase64String)],
            Salt = logged.Salt, EventData = salt is null ? null : Convert.ToBase64String(LogEventJson.Encode(SecretEvents.Disclosable(logEvent))),
        };
        receipt.Receipt = SignedNote.Sign(Text(receipt, settings.Origin), settings.Signer).Format();
        return receipt;
    }

    /// <summary>The receipt note's text: one field a line, binding the bid to its log leaf.</summary>
    public static string Text(BidReceipt receipt, string origin)
    {
        var text = new StringBuilder();
        text.Append(origin).Append(" bid receipt\n")
            .Append("tender ").Append(receipt.TenderId).Append('\n')
            .Append("bidder ").Append(receipt.BidderId).Append('\n')
            .Append("envelope ").Append(receipt.EnvelopeSha256).Append('\n')
            .Append("size ").Append(receipt.Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("received ").Append(receipt.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)).Append('\n')
            .Append("log-index ").Append(receipt.Index.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("leaf ").Append(receipt.LeafHash).Append('\n');
        return text.ToString();
    }
}
