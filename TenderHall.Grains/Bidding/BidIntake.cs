using TenderHall.Crypto.Envelopes;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Guarantees;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Storage.Blobs;
using TenderHall.Grains.Supervision;
using TenderHall.Grains.Tendering;

namespace TenderHall.Grains.Bidding;

/// <summary>
/// Takes an envelope into the bid box: stores it durably (hashing as it goes), checks it is sealed to this tender's
/// opening key by this bidder and signed by it (EBM 26), lets the bid box count it at the instant of receipt (in a group commit), then records
/// it in the transparency log and issues the signed receipt. Only the counting is serial per tender; the rest runs in parallel.
/// </summary>
public sealed partial class BidIntake(
    IGrainFactory grains, IBlobStore blobs, TenderServices tenders, BidReceipts receipts, BidBoxBatches boxes, StagingOptions staging,
    SupervisionAlarms alarms, PlatformClock clock)
    : IBidIntake
{
    /// <inheritdoc />
    public async Task<BidReceipt> Submit(string tenderId, Actor actor, Stream envelope, string? signature, string? deviceFingerprint, CancellationToken cancellationToken)
    {
        var (bidder, organization, key) = await Admit(tenderId, actor, signature, signed: true);
        // Validated as it streams in: bytes that are not an envelope sealed to this tender are never stored. Staged until
        // the box counts the bid, so an envelope refused after this point is swept (StagingSweeper), never kept.
        var blob = await blobs.StageAsync(new ValidatingStream(envelope, copy => Validate(copy, tenderId, key, bidder, cancellationToken)), clock.UtcNow, cancellationToken);
        // The instant of receipt: every byte is durable. The window is judged again at this instant (EBM 28).
        var receivedAt = clock.UtcNow;
        var tender = await grains.GetGrain<ITenderGrain>(tenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", tenderId));
        var deadline = BidWindow.Require(tender, receivedAt);
        var serial = BidSignatures.Require(organization, bidder, blob.Sha256Hex, signature);

        // Kept for good before the box counts it: a counted bid's envelope is never swept.
        await blobs.AcceptAsync(blob.Sha256Hex, cancellationToken);
        // Durable in the box, with its log event in the box's outbox, before anything is promised.
        var (bid, received) = await boxes.Accept(tenderId, new BidAcceptance
        {
            Bid = new SealedBid(bidder, blob.Sha256Hex, blob.Size, receivedAt), Deadline = deadline,
            Address = actor.Address, DeviceFingerprint = deviceFingerprint, CertificateSerial = serial,
        });
        var kept = grains.GetGrain<IBidReceiptsGrain>($"{tenderId}/{bidder}");
        if (await kept.Of(bid.EnvelopeSha256) is { } issued) return issued;
        var logged = await grains.GetGrain<IBidBoxGrain>(tenderId).Logged(bidder, bid.EnvelopeSha256);
        return await kept.Keep(await receipts.Issue(received, logged, tenderId, bidder, bid.EnvelopeSha256, bid.Size));
    }

    // The first chunk of a resumable upload, checked as it streams in: it must begin an envelope sealed to this
    // tender by this bidder (its end may cut a segment short), so a plaintext upload is refused before it is stored.
    private static ValidatingStream FirstChunk(string tenderId, Actor actor, OpeningKeyView key, Stream chunk, CancellationToken cancellationToken) =>
        new(chunk, async copy =>
        {
            try
            {
                await Validate(copy, tenderId, key, actor.OrganizationId, cancellationToken);
            }
            catch (RuleViolationException e) when (e.Args.GetValueOrDefault("code") == EnvelopeErrorCodes.Truncated)
            {
                // A first chunk is a prefix: ending inside a segment is expected.
            }
        });

    /// <inheritdoc />
    /// <remarks>Logged without naming the bidder; a paid deposit is refunded and a guarantee letter released.</remarks>
    public async Task Withdraw(string tenderId, Actor actor)
    {
        var bidder = actor.OrganizationId ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var tender = await grains.GetGrain<ITenderGrain>(tenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", tenderId));
        var now = clock.UtcNow;
        var deadline = BidWindow.Require(tender, now);
        await grains.GetGrain<IBidBoxGrain>(tenderId).Withdraw(bidder, now, deadline);
        var deposit = grains.GetGrain<IFeeOrderGrain>(FeeOrderIds.For(FeePurpose.BidDeposit, tenderId, bidder));
        if (await deposit.Get() is { Status: FeeOrderStatus.Paid })
            await deposit.Refund(new FeeRefundRequest { Reason = RefundReason.Withdrawal, EventAt = now });
        var guarantee = grains.GetGrain<IGuaranteeGrain>(GuaranteeIds.For(tenderId, bidder));
        if (await guarantee.Get() is { } letter && GuaranteeRules.IsBinding(letter))
            await guarantee.Release(new GuaranteeReleaseRequest { Reason = GuaranteeReleaseReason.Withdrawal, EventAt = now, By = "bidder" });
    }

    /// <inheritdoc />
    public async Task<BidStatus> Status(string tenderId, Actor actor)
    {
        var bidder = actor.OrganizationId ?? "";
        var standing = await grains.GetGrain<IBidBoxGrain>(tenderId).StandingOf(bidder);
        var receipt = standing.Current is { } current ? await grains.GetGrain<IBidReceiptsGrain>($"{tenderId}/{bidder}").Of(current.EnvelopeSha256) : null;
        return new BidStatus { Current = receipt, Withdrawn = standing.Withdrawn, Replaced = [.. standing.Replaced] };
    }

    /// <inheritdoc />
    public async Task<EnvelopeSelfTest> SelfTest(string tenderId, Actor actor, Stream envelope, CancellationToken cancellationToken)
    {
        var key = await OpeningKey(tenderId);
        var header = await Validate(envelope, tenderId, key, actor.OrganizationId, cancellationToken);
        return new EnvelopeSelfTest(true, header.TenderId, header.BidderId, header.Suite.ToString(), header.Policy.ToString(), header.SegmentSize,
            [.. header.Recipients.Select(r => $"{r.Role}:{Convert.ToHexStringLower(r.KeyId)}")]);
    }

    /// <inheritdoc />
    public async Task<Stream> OwnEnvelope(string tenderId, string bidderId, Actor actor, CancellationToken cancellationToken)
    {
        if (actor.OrganizationId != bidderId)
        {
            // EBM 27: before the opening nobody reads another party's bid; an attempt is refused and reported.
            await alarms.Raise($"tender/{tenderId}/sealed-read/{actor.UserName}/{bidderId}/{clock.UtcNow.Ticks}", AlarmSeverity.Alarm, "BID-SEALED",
                "tender/" + tenderId, $"{actor.UserName} ({actor.OrganizationId}) from {actor.Address} tried to read the bid of {bidderId} in tender {tenderId}.");
            throw RuleViolationException.Of("BID-SEALED", ("tender", tenderId));
        }

        var standing = await grains.GetGrain<IBidBoxGrain>(tenderId).StandingOf(bidderId);
        var receipt = standing.Current ?? throw RuleViolationException.Of("BID-NONE", ("bidder", bidderId), ("tender", tenderId));
        return await blobs.OpenReadAsync(receipt.EnvelopeSha256, cancellationToken)
               ?? throw new IOException($"Envelope {receipt.EnvelopeSha256} is missing from the blob store.");
    }

    // Everything that does not need the body, checked before a byte of it is read: a bid that cannot count costs the
    // platform no storage, and the bidder learns why at once rather than after uploading (BL 28, EBM 26, BLR 16).
    private async Task<(string Bidder, OrganizationProfile? Organization, OpeningKeyView Key)> Admit(string tenderId, Actor actor, string? signature, bool signed)
    {
        var bidder = actor.OrganizationId ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var tender = await grains.GetGrain<ITenderGrain>(tenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", tenderId));
        BidWindow.Require(tender, clock.UtcNow);
        if (!await tenders.HasPaidDocuments(tenderId, bidder)) throw RuleViolationException.Of("TENDER-HOLDER", ("id", tenderId));
        var organization = await grains.GetGrain<IOrganizationGrain>(bidder).Get();
        // The signature covers the envelope's hash, so only its presence and a key to check it with can be known yet.
        if (signed && (SigningKeys.Decode(signature).Length == 0 || SigningKeys.Matching(organization, _ => true) is null))
            throw RuleViolationException.Of("EBM-26-SIGNATURE", ("bidder", bidder));
        return (bidder, organization, await OpeningKey(tenderId));
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
