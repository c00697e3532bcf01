using System.Security.Cryptography;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.Payload;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// Bidders of one tender with their envelopes sealed to files in a client folder: a bid form and one attachment of the
/// requested size, sealed as the bidder tool does (1 MiB segments) and signed over its SHA-256. None of this is timed.
/// </summary>
public static class BidFleet
{
    /// <summary>Joins <paramref name="bidders"/> bidders to <paramref name="tender"/> and seals each an envelope with an attachment of <paramref name="attachmentBytes"/>.</summary>
    public static async Task<IReadOnlyList<SealedBid>> SealAsync(BidTender tender, int bidders, int attachmentBytes, string folder)
    {
        Directory.CreateDirectory(folder);
        // One random attachment for everyone: every envelope still differs, since each is sealed under a fresh content key.
        var attachment = RandomNumberGenerator.GetBytes(attachmentBytes);
        var bids = new SealedBid[bidders];
        await Parallel.ForAsync(0, bidders, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, async (i, cancel) =>
        {
            var (id, key, token) = await tender.JoinBidderAsync(i);
            using (key)
            {
                var path = Path.Combine(folder, id + ".thse");
                var payloadPath = path + ".payload";
                await using (var payload = new FileStream(payloadPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20, FileOptions.DeleteOnClose))
                {
                    var writer = new BidPayloadWriter(payload);
                    await writer.WriteFormAsync(new BidForm($"{1_000_000 + (i * 12_345)}.00", 365, "合格，争创省级优质工程", "DEP-" + id), cancel);
                    await writer.AddAttachmentAsync("技术标.pdf", new MemoryStream(attachment, writable: false), attachment.Length, cancel);
                    await writer.CompleteAsync(cancel);
                    payload.Position = 0;
                    await using var envelope = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
                    await SealedEnvelope.SealAsync(payload, envelope, new EnvelopeSealOptions { TenderId = tender.TenderId, BidderId = id, OpeningKey = tender.OpeningKey }, cancel);
                }

                byte[] hash;
                await using (var sealedFile = File.OpenRead(path)) hash = await EnvelopeIdentity.ComputeHashAsync(sealedFile, cancel);
                bids[i] = new SealedBid(id, token, path, new FileInfo(path).Length, Convert.ToHexStringLower(hash), Convert.ToBase64String(EnvelopeIdentity.Sign(key, hash)));
            }
        });
        return bids;
    }
}
