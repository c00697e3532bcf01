using TenderHall.Crypto.Envelopes;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Api.Bidding;

/// <summary>
/// Takes an envelope stream into the bid box: stores it durably (hashing as it goes), checks it is an envelope sealed to
/// this tender's opening key by this bidder (EBM 26), then lets the bid box judge the deadline and issue the receipt.
/// </summary>
public sealed class BidIntake(IGrainFactory grains, IBlobStore blobs)
{
    /// <summary>Stores, validates and submits the envelope read from <paramref name="envelope"/>.</summary>
    public async Task<BidReceipt> Submit(string tenderId, Actor actor, Stream envelope, string? signature, string? deviceFingerprint, CancellationToken cancellationToken)
    {
        var bidder = actor.OrganizationId ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var key = await OpeningKey(tenderId);
        var blob = await blobs.PutAsync(envelope, cancellationToken);
        await using (var stored = await blobs.OpenReadAsync(blob.Sha256Hex, cancellationToken)
                                  ?? throw new IOException($"Envelope {blob.Sha256Hex} vanished from the blob store after it was stored."))
            await Validate(stored, tenderId, key, bidder, cancellationToken);
        return await grains.GetGrain<IBidBoxGrain>(tenderId).Submit(new BidSubmission
        {
            BidderId = bidder, UserName = actor.UserName, EnvelopeSha256 = blob.Sha256Hex, Size = blob.Size,
            Address = actor.Address, DeviceFingerprint = deviceFingerprint, Signature = signature ?? "",
        });
    }

    /// <summary>The pre-submission self-test: checks the envelope without storing anything and returns its header.</summary>
    public async Task<EnvelopeSelfTest> SelfTest(string tenderId, Actor actor, Stream envelope, CancellationToken cancellationToken)
    {
        var key = await OpeningKey(tenderId);
        var header = await Validate(envelope, tenderId, key, actor.OrganizationId, cancellationToken);
        return new EnvelopeSelfTest(true, header.TenderId, header.BidderId, header.Suite.ToString(), header.Policy.ToString(), header.SegmentSize,
            [.. header.Recipients.Select(r => $"{r.Role}:{Convert.ToHexStringLower(r.KeyId)}")]);
    }

    private async Task<OpeningKeyView> OpeningKey(string tenderId) =>
        await grains.GetGrain<ITenderCustodyGrain>(tenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", tenderId));

    private static async Task<EnvelopeHeader> Validate(Stream envelope, string tenderId, OpeningKeyView key, string? bidder, CancellationToken cancellationToken)
    {
        try
        {
            return await EnvelopeValidator.ValidateAsync(envelope, tenderId, Convert.FromHexString(key.KeyId), bidder, cancellationToken);
        }
        catch (EnvelopeException e)
        {
            throw RuleViolationException.Of("EBM-26", ("tender", tenderId), ("code", e.Code), ("detail", e.Message.TrimEnd('.')));
        }
    }
}
