using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Opening;

/// <summary>Bidder-and-quorum openings: each bidder decrypts its own part within the agency's time limit (EBM 32).</summary>
public sealed partial class OpeningSessionGrain : IRemindable
{
    private const string BidderPartsReminder = "bidder-parts";

    /// <inheritdoc />
    public async Task<OpeningView> SubmitBidderPart(Actor actor, byte[] part, byte[] signature)
    {
        await RequireStatus("hand over a bidder part", OpeningStatus.AwaitingBidderParts);
        var bidder = actor.Is(Roles.Bidder) ? actor.OrganizationId ?? "" : throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var bid = (await grains.GetGrain<IBidBoxGrain>(TenderId).Seal()).FirstOrDefault(b => b.BidderId == bidder)
                  ?? throw RuleViolationException.Of("BID-NONE", ("bidder", bidder), ("tender", TenderId));
        if (View.Rows.Any(r => r.BidderId == bidder)) return View;
        var profile = await grains.GetGrain<IOrganizationGrain>(bidder).Get();
        if (!Signed(profile, ShareSignature.BidderPartMessage(TenderId, bidder, part), signature))
            throw RuleViolationException.Of("OPEN-SHARE", ("detail", $"the part is not signed with a registered signing key of {bidder}"));

        // The key is rebuilt from the custodians' shares for this bid only and dropped again.
        using (var key = await Rebuild() ?? throw new InvalidOperationException($"The shares of tender {TenderId} no longer rebuild its opening key."))
            await AddRow(await decryptor.Decrypt(bid, key, CancellationToken.None, part));
        if (View.Rows.Count == View.Bids) await FinishBidderParts();
        return View;
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, Orleans.Runtime.TickStatus status)
    {
        if (reminderName == BeginReminder) await BeginWhenDue();
        else await EnforceBidderPartLimit();
    }

    // Judged on every command too, so the limit holds even before the reminder's tick; a read never judges it.
    private async Task EnforceBidderPartLimit()
    {
        if (View.Status != OpeningStatus.AwaitingBidderParts || View.BidderPartsDue is not { } due || clock.UtcNow < due) return;
        foreach (var bid in await grains.GetGrain<IBidBoxGrain>(TenderId).Seal())
        {
            if (View.Rows.Any(r => r.EnvelopeSha256 == bid.EnvelopeSha256)) continue;
            // EBM 32: a bid the bidder did not decrypt in time fails through the bidder's fault.
            await AddRow(new OpeningRow
            {
                BidderId = bid.BidderId, EnvelopeSha256 = bid.EnvelopeSha256, Outcome = DecryptionOutcome.RevokedByBidderFault,
                FailureCause = $"the bidder did not hand over its key part by {due:O}",
            });
        }

        await FinishBidderParts();
    }

    private async Task FinishBidderParts()
    {
        if (await this.GetReminder(BidderPartsReminder) is { } reminder) await this.UnregisterReminder(reminder);
        await Finish();
    }
}
