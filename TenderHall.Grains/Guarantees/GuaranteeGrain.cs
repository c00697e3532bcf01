using System.Globalization;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Guarantees;

/// <summary>
/// One bidder's bid guarantee for one tender. Thin: loads what the rules need, asks <see cref="GuaranteeRules"/>, writes
/// once with the log events in an outbox, then appends them to the transparency log and notifies the bidder and issuer.
/// </summary>
[GrainType("th-guarantee")]
public sealed class GuaranteeGrain(
    [PersistentState("guarantee", StorageNames.Default)] IPersistentState<GuaranteeState> state,
    IGrainFactory grains,
    GuaranteeCallbackVerifier issuer,
    ITransparencyLog log,
    PlatformClock clock) : Grain, IGuaranteeGrain
{
    private string Id => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken) => DrainOutbox();

    /// <inheritdoc />
    public Task<GuaranteeLetter?> Get() => Task.FromResult(state.State.Letter);

    /// <inheritdoc />
    public async Task<GuaranteeLetter> Lodge(GuaranteeLodging lodging)
    {
        if (!GuaranteeIds.TryParse(Id, out var tenderId, out _)) throw RuleViolationException.Of("GUAR-NONE", ("id", Id));
        var tender = await grains.GetGrain<ITenderGrain>(tenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", tenderId));
        var schedule = await grains.GetGrain<IFeeScheduleGrain>(tenderId).Get();
        var now = clock.UtcNow;
        var old = state.State.Letter;
        var letter = GuaranteeRules.Lodge(Id, old, lodging, tender, schedule?.DepositFen, now);
        if (ReferenceEquals(letter, old)) return letter;

        List<(string, Notification)> notices = [];
        if (old is not null)
        {
            if (GuaranteeRules.IsBinding(old))
            {
                old.Status = GuaranteeStatus.Replaced;
                notices.Add(ToIssuer(old, "replaced", $"保函 {old.LetterNumber} 已被投标人在投标截止前替换，不再作为投标保证金。",
                    $"Guarantee letter {old.LetterNumber} was replaced by the bidder before the deadline and no longer stands as a bid deposit."));
            }

            state.State.Replaced.Add(old);
            Record("guarantee.replaced", old, "bidder", now);
        }

        state.State.Letter = letter;
        // The issuer is asked to confirm: a letter counts as verified only on its signed answer.
        var yuan = RuleValues.Yuan(letter.AmountFen);
        notices.Add(ToIssuer(letter, "lodged", $"投标人就招标项目 {letter.TenderId} 提交了贵机构出具的投标保函 {letter.LetterNumber}（{yuan} 元），请核验并签名回复。",
            $"A bidder lodged guarantee letter {letter.LetterNumber} ({yuan} yuan) issued by you for tender {letter.TenderId}; please verify it and answer with a signed callback."));
        Record("guarantee.lodged", letter, "bidder", now, ("depositFen", schedule!.DepositFen!.Value.ToString(CultureInfo.InvariantCulture)));
        await Save();
        await grains.GetGrain<IDirectoryIndexGrain>(GuaranteeIds.TenderIndex(tenderId)).Add(Id);
        await Finish(notices);
        return letter;
    }

    /// <inheritdoc />
    public async Task<GuaranteeLetter> Decide(GuaranteeCallback callback)
    {
        // Checked here as well as at the API, so no code path inside the silo can verify a letter without its issuer.
        issuer.Check(callback);
        if (callback.GuaranteeId != Id)
            throw RuleViolationException.Of("GUAR-UNKNOWN-LETTER", ("number", callback.LetterNumber), ("issuer", callback.IssuerCreditCode), ("id", callback.GuaranteeId));
        var letter = state.State.Letter;
        if (!GuaranteeRules.Decide(Id, letter, callback)) return letter!;

        var verified = letter!.Status == GuaranteeStatus.Verified;
        Record(verified ? "guarantee.verified" : "guarantee.rejected", letter, "issuer", clock.UtcNow);
        await Save();
        await Finish(verified ? [] : [ToBidder(letter, "rejected",
            $"招标项目 {letter.TenderId} 的投标保函 {letter.LetterNumber} 未通过出具机构核验，请在投标截止前缴纳保证金或提交其他保函。",
            $"Guarantee letter {letter.LetterNumber} for tender {letter.TenderId} was rejected by its issuer; pay the deposit or lodge another letter before the deadline.")]);
        return letter;
    }

    /// <inheritdoc />
    public async Task<GuaranteeLetter> Release(GuaranteeReleaseRequest request)
    {
        var now = clock.UtcNow;
        var letter = state.State.Letter;
        if (!GuaranteeRules.Release(Id, letter, request, now)) return letter!;

        Record("guarantee.released", letter!, request.By, now, ("reason", request.Reason.ToString()));
        await Save();
        var zh = $"招标项目 {letter!.TenderId} 的投标保函 {letter.LetterNumber} 已解除（{request.Reason}），出具机构不再承担保证责任。";
        var en = $"Guarantee letter {letter.LetterNumber} for tender {letter.TenderId} is released ({request.Reason}); the issuer's liability ends.";
        await Finish([ToIssuer(letter, "released", zh, en), ToBidder(letter, "released", zh, en)]);
        return letter;
    }

    // BL 22: until the opening nobody may learn who bids, so the public log names the letter by its hash and the actor by role.
    private void Record(string type, GuaranteeLetter letter, string actor, DateTimeOffset at, params (string Name, string Value)[] data)
    {
        var logEvent = new LogEvent { Type = type, Subject = "tender/" + letter.TenderId, At = at, Actor = actor };
        logEvent.Data["letterSha256"] = letter.LetterSha256;
        logEvent.Data["amountFen"] = letter.AmountFen.ToString(CultureInfo.InvariantCulture);
        logEvent.Data["status"] = letter.Status.ToString();
        foreach (var (name, value) in data) logEvent.Data[name] = value;
        state.State.PendingEvents.Add(logEvent);
    }

    private (string, Notification) ToIssuer(GuaranteeLetter letter, string what, string zh, string en) =>
        (GuaranteeIds.IssuerInbox(letter.IssuerCreditCode), Notice(letter, what, zh, en));

    private (string, Notification) ToBidder(GuaranteeLetter letter, string what, string zh, string en) => (letter.BidderId, Notice(letter, what, zh, en));

    private Notification Notice(GuaranteeLetter letter, string what, string zh, string en) => new()
    {
        // The same letter may be lodged again after a release: the lodging instant keeps each round's notices apart.
        Id = $"guarantee/{letter.LetterSha256}/{letter.LodgedAt.ToUnixTimeMilliseconds()}/{what}", Subject = "tender/" + letter.TenderId, Type = "guarantee." + what,
        TextZh = zh, TextEn = en, At = clock.UtcNow,
    };

    private async Task Finish(IEnumerable<(string Recipient, Notification Notification)> notices)
    {
        await DrainOutbox();
        foreach (var (recipient, notification) in notices) await grains.GetGrain<IInboxGrain>(recipient).Deliver(notification);
    }

    private async Task DrainOutbox()
    {
        if (state.State.PendingEvents.Count == 0) return;
        foreach (var logEvent in state.State.PendingEvents) await log.AppendAsync(logEvent);
        state.State.PendingEvents.Clear();
        await state.WriteStateAsync();
    }

    private Task Save() => state.WriteOrReloadAsync();
}
