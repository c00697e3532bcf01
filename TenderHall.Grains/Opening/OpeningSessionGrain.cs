using TenderHall.Crypto.Custody;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Guarantees;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Opening;

/// <summary>
/// The opening session of one tender: supervisors check in, custodians hand over shares, at k shares the key is
/// rebuilt in memory and every envelope decrypted once; the record is published, answered on the spot, and closed.
/// </summary>
[GrainType("th-opening-session")]
public sealed partial class OpeningSessionGrain(
    [PersistentState("opening-session", StorageNames.Default)] IPersistentState<OpeningState> state,
    IGrainFactory grains,
    BidDecryptor decryptor,
    ITransparencyLog log,
    IOpeningFeed feed,
    PlatformClock clock) : Grain, IOpeningSessionGrain
{
    /// <summary>Fewest bids that may be opened (BL 28).</summary>
    public const int MinimumBids = 3;

    private string TenderId => this.GetPrimaryKeyString();

    private OpeningView View => state.State.View;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A silo that died mid-decryption: carry on with the shares that were handed over, skipping bids already done.
        if (View.Status == OpeningStatus.Decrypting) DecryptInBackground();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task Start()
    {
        // One-way from the tender: a lost or failed start is retried by a durable reminder until the session stands.
        if (!Settled) await this.RegisterOrUpdateReminder(BeginReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        await BeginWhenDue();
    }

    /// <inheritdoc />
    public Task<OpeningView> Get() => Task.FromResult(View);

    /// <inheritdoc />
    public async Task<OpeningView> CheckIn(Actor actor)
    {
        if (!actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        await RequireStatus("check in", OpeningStatus.AwaitingShares, OpeningStatus.Decrypting, OpeningStatus.AwaitingBidderParts, OpeningStatus.RecordPublished);
        if (View.Attendance.All(a => a.UserName != actor.UserName))
        {
            View.Attendance.Add(new Attendance(actor.UserName, actor.OrganizationId, clock.UtcNow, actor.Address));
            await state.WriteStateAsync();
            await Log("opening.check-in", actor, ("supervisor", actor.UserName));
        }

        return View;
    }

    /// <inheritdoc />
    public async Task<OpeningView> SubmitShare(Actor actor, byte x, byte[] share, byte[] signature)
    {
        await RequireStatus("submit a share", OpeningStatus.AwaitingShares);
        var custodian = actor.OrganizationId ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var custody = grains.GetGrain<ITenderCustodyGrain>(TenderId);
        var mine = await custody.ShareOf(custodian);
        if (mine.X != x) throw RuleViolationException.Of("OPEN-SHARE", ("detail", $"your share has x = {mine.X}, not {x}"));
        await RequireCustodianSignature(custodian, ShareSignature.Message(TenderId, x, share), signature);
        // EBM 31: the opening needs a supervisor present.
        if (View.Attendance.Count == 0) throw RuleViolationException.Of("OPEN-SUPERVISOR", ("tender", TenderId));

        state.State.Shares[custodian] = Convert.ToBase64String([x, .. share]);
        if (!View.SharesFrom.Contains(custodian)) View.SharesFrom.Add(custodian);
        await state.WriteStateAsync();
        await Log("opening.share-received", actor, ("custodian", custodian));
        if (state.State.Shares.Count >= View.Threshold) await TryOpen();
        return View;
    }

    private async Task TryOpen()
    {
        using var key = await Rebuild();
        if (key is null) return;
        var custody = await grains.GetGrain<ITenderCustodyGrain>(TenderId).Get();
        if (custody is { Policy: "BidderAndQuorum" })
        {
            // EBM 32: each bidder now decrypts its own part; the agency's time limit runs from here.
            View.Status = OpeningStatus.AwaitingBidderParts;
            View.BidderPartsDue = clock.UtcNow.AddMinutes(custody.BidderPartMinutes);
            await state.WriteStateAsync();
            await this.RegisterOrUpdateReminder(BidderPartsReminder, clock.RealDelayUntil(View.BidderPartsDue.Value) + TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            await Log("opening.key-rebuilt", Actor.System, ("custodians", string.Join(",", View.SharesFrom)), ("bidderPartsDue", View.BidderPartsDue.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        View.Status = OpeningStatus.Decrypting;
        await state.WriteStateAsync();
        await Log("opening.key-rebuilt", Actor.System, ("custodians", string.Join(",", View.SharesFrom)));
        DecryptInBackground();
    }

    // Hundreds of large bids take longer than any caller should wait: the custodian's hand-over returns at once and the
    // grain decrypts on a timer that interleaves, so the session view, the live feed and the log show its progress.
    private void DecryptInBackground() =>
        this.RegisterGrainTimer(() => DecryptAll(CancellationToken.None), new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true });

    private async Task<EncryptionKeyPair?> Rebuild()
    {
        var key = await grains.GetGrain<ITenderCustodyGrain>(TenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        var suite = Enum.Parse<Crypto.CryptoSuite>(key.Suite);
        var bundle = new CustodyBundle(EncryptionPublicKey.FromRaw(suite, Convert.FromBase64String(key.PublicKey)), key.Threshold, []);
        var shares = state.State.Shares.Values.Select(s => SecretShare.Decode(Convert.FromBase64String(s))).ToList();
        return ShareRebuild.Try(bundle, shares);
    }

    private async Task DecryptAll(CancellationToken cancellationToken)
    {
        if (View.Status != OpeningStatus.Decrypting) return;
        using var key = await Rebuild() ?? throw new InvalidOperationException($"The shares of tender {TenderId} no longer rebuild its opening key.");
        var receipts = await grains.GetGrain<IBidBoxGrain>(TenderId).Seal();
        // Each bid is decrypted once: rows already stored are skipped after a restart (one in flight then is decrypted again,
        // which is harmless: the plaintext lands in the content-addressed blob store under the same hash).
        var pending = new Queue<SealedBid>(receipts.Where(r => View.Rows.All(row => row.EnvelopeSha256 != r.EnvelopeSha256)));
        var running = new List<Task<OpeningRow>>();
        while (pending.Count > 0 || running.Count > 0)
        {
            // One bid per core, off the grain's scheduler; the bids that finish together are stored and logged together.
            while (running.Count < Environment.ProcessorCount && pending.TryDequeue(out var receipt))
                running.Add(Task.Run(() => decryptor.Decrypt(receipt, key, cancellationToken), cancellationToken));
            await Task.WhenAny(running);
            var done = running.Where(t => t.IsCompleted).ToList();
            running.RemoveAll(done.Contains);
            await AddRows(await Task.WhenAll(done));
        }

        // The record lists the bids in the box's order, whatever order they finished in.
        var order = receipts.Select((r, i) => (r.EnvelopeSha256, i)).ToDictionary(p => p.EnvelopeSha256, p => p.i);
        View.Rows.Sort((a, b) => order.GetValueOrDefault(a.EnvelopeSha256, int.MaxValue).CompareTo(order.GetValueOrDefault(b.EnvelopeSha256, int.MaxValue)));
        await Finish();
    }

    private Task AddRow(OpeningRow row) => AddRows([row]);

    // One state write for the rows, then their log entries appended at once (the log writer commits concurrent appends as
    // one batch); each row reaches the live feed right after its own entry.
    private async Task AddRows(IReadOnlyList<OpeningRow> rows)
    {
        await Task.WhenAll(rows.Select(async row =>
        {
            row.BidderName = (await grains.GetGrain<IOrganizationGrain>(row.BidderId).Get())?.NameZh ?? row.BidderId;
            row.DepositStatus = await DepositStatus(row.BidderId, row.DepositStatus);
        }));
        View.Rows.AddRange(rows);
        await state.WriteStateAsync();
        await Task.WhenAll(rows.Select(row => Log("opening.bid-decrypted", Actor.System, ("bidder", row.BidderId), ("envelopeSha256", row.EnvelopeSha256),
            ("outcome", row.Outcome.ToString()), ("price", row.Price ?? ""))));
    }

    private async Task Finish()
    {
        // The key and the shares go: nothing that could decrypt a bid outlives the decryption.
        state.State.Shares.Clear();
        View.Status = OpeningStatus.RecordPublished;
        await state.WriteStateAsync();
        await Log("opening.record-published", Actor.System, ("bids", View.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    // BLR 26: the deposit is paid through the centre's ledger or covered by a guarantee letter lodged with the centre and
    // verified by its issuer; what the bid form says is shown only when there is neither.
    private async Task<string?> DepositStatus(string bidderId, string? reference)
    {
        var order = await grains.GetGrain<IFeeOrderGrain>(FeeOrderIds.For(FeePurpose.BidDeposit, TenderId, bidderId)).Get();
        if (order is { Status: FeeOrderStatus.Paid }) return $"已缴纳 {RuleValues.Yuan(order.AmountFen)} 元（{reference}）";
        if (await grains.GetGrain<IGuaranteeGrain>(GuaranteeIds.For(TenderId, bidderId)).Get() is { } letter)
            return GuaranteeRules.DepositStatus(letter, (await grains.GetGrain<ITenderGrain>(TenderId).Get())!.Schedule!.BidDeadline);
        return string.IsNullOrWhiteSpace(reference) ? "未缴纳" : $"未经中心账户缴纳；投标文件载明：{reference}";
    }
}
