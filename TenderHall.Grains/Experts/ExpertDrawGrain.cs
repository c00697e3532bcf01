using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.Crypto.Draw;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Blobs;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Transparency;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Experts;

/// <summary>
/// The verifiable expert draw of one tender (BL 37, BLR 46): request and frozen pool, the supervisor's check-in and
/// committed contribution, the logged commit anchored to the next checkpoint, the ECVRF proof and selection, the sealed
/// committee with its confirmations and replacements, and the reveal once the result is determined (docs/experts.md).
/// </summary>
[GrainType("th-expert-draw")]
public sealed partial class ExpertDrawGrain(
    [PersistentState("expert-draw", StorageNames.Default)] IPersistentState<DrawState> state,
    IGrainFactory grains,
    LogOutbox outbox,
    ILogStore logStore,
    IBlobStore blobs,
    DrawVrfKey vrfKey,
    RecusalFilter recusal,
    ExpertPolicy policy,
    IVoiceSmsGateway gateway,
    LogSequencerSettings logSettings,
    PlatformClock clock) : Grain, IExpertDrawGrain, IRemindable
{
    private const string DeadlineReminder = "draw-deadlines";

    private string TenderId => this.GetPrimaryKeyString();

    private DrawView View => state.State.View ?? throw RuleViolationException.Of("DRAW-STATE", ("tender", TenderId), ("status", "not requested"), ("action", "this"));

    /// <inheritdoc />
    // An activation that died between writing an event and appending it finishes the job, without logging anything twice.
    public override async Task OnActivateAsync(CancellationToken cancellationToken) => await DrainOutbox(null);

    /// <inheritdoc />
    public Task<IReadOnlyList<long>> LogIndexes() => Task.FromResult<IReadOnlyList<long>>([.. state.State.LogIndexes]);

    /// <inheritdoc />
    public async Task<DrawView> Request(Actor actor, DrawRequest request)
    {
        if (state.State.View is not null) throw Conflict("request a draw");
        var tender = await grains.GetGrain<ITenderGrain>(TenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        if (!actor.Is(Roles.Agency) || tender.Registration.AgencyId != actor.OrganizationId) throw RuleViolationException.Of("TENDER-OWNER", ("id", TenderId));
        DrawComposition.Validate(request);
        CreditCode.Validate(request.TendereeCreditCode);
        var now = clock.UtcNow;
        // The bidders are known (and recusable) only once the bid box is sealed at the deadline (BL 22 before it).
        if (tender.Schedule is null || now < tender.Schedule.BidDeadline)
            throw RuleViolationException.Of("DRAW-TIMING", ("tender", TenderId), ("detail", "the bidders are known only after the bid deadline"));
        if (request.EvaluationAt <= now)
            throw RuleViolationException.Of("DRAW-TIMING", ("tender", TenderId), ("detail", "the evaluation must start after the draw"));

        var context = new RecusalContext(await InterestedCodes(request, actor.OrganizationId!), actor.OrganizationId!, request.EvaluationAt, now,
            [.. request.Regions.Distinct()]);
        var key = RandomNumberGenerator.GetBytes(32);
        var snapshot = await Freeze(request, context, key);
        DrawComposition.RequireFillable(request, snapshot.Pool);

        state.State.PseudonymKey = Convert.ToBase64String(key);
        state.State.PoolBlob = await Put(snapshot.Pool);
        state.State.MembersBlob = await Put(snapshot.Members);
        state.State.View = new DrawView
        {
            TenderId = TenderId, AgencyId = actor.OrganizationId!, Status = DrawStatus.AwaitingWitness, Request = request, RequestedAt = now,
            PoolHash = Convert.ToHexStringLower(DrawHashing.PoolHash(snapshot.Pool)), PoolSizes = snapshot.Pool.ToDictionary(p => p.Key, p => p.Value.Count),
            Recused = snapshot.Recused, Rules = [.. recusal.Rules(context)],
        };
        await Log("draw.requested", actor, ("agency", View.AgencyId), ("committeeSize", Number(request.CommitteeSize)),
            ("tendereeSeats", Number(request.TendereeSeats)), ("seats", SeatsText(request)), ("poolSha256", View.PoolHash));
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<DrawView> CheckIn(Actor actor)
    {
        await Enforce();
        if (!actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (View.Status != DrawStatus.AwaitingWitness) throw Conflict("check in");
        if (View.Witness is { } present && present.Supervisor != actor.UserName) throw RuleViolationException.Of("DRAW-SUPERVISOR", ("tender", TenderId));
        if (View.Witness is null)
        {
            View.Witness = new DrawWitness { Supervisor = actor.UserName, OrganizationId = actor.OrganizationId, CheckedInAt = clock.UtcNow, Address = actor.Address };
            await Log("draw.check-in", actor, ("supervisor", actor.UserName));
        }

        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<DrawView> Commit(Actor actor, byte[] contributionCommitment)
    {
        await Enforce();
        RequireWitness(actor);
        if (View.Status != DrawStatus.AwaitingWitness) throw Conflict("commit");
        if (contributionCommitment.Length != 32)
            throw RuleViolationException.Of("DRAW-CONTRIBUTION", ("detail", "the commitment is the 32-byte SHA-256 of the contribution"));
        var statement = new DrawCommitStatement(TenderId, Convert.FromHexString(View.PoolHash), View.Request.CommitteeSize, View.Request.TendereeSeats,
            [.. View.Request.Seats.Select(s => new SeatRequest(s.Specialty, s.Seats, s.Backups))], View.Rules, contributionCommitment);
        View.Witness = View.Witness! with { Commitment = Convert.ToHexStringLower(contributionCommitment) };
        View.Commitment = Convert.ToHexStringLower(DrawHashing.Commitment(statement));
        var receipt = await Log("draw.committed", actor, ("commitment", View.Commitment), ("poolSha256", View.PoolHash),
            ("supervisorCommitment", View.Witness.Commitment), ("rules", string.Join(";", View.Rules)));
        // The seed's log part: the first signed checkpoint that contains the commit, which nobody knew when committing.
        var inclusion = await grains.GetGrain<ILogSequencerGrain>(0).Inclusion(receipt.Index);
        var checkpoint = Crypto.Notes.Checkpoint.Parse(Crypto.Notes.SignedNote.Parse(inclusion.Checkpoint).Text);
        var leaf = (await logStore.ReadRangeAsync(receipt.Index, receipt.Index + 1)).Single();
        state.State.CommitLeaf = Convert.ToBase64String(leaf.Data);
        state.State.CommitProof = [.. inclusion.Hashes.Select(Convert.ToBase64String)];
        state.State.Checkpoint = inclusion.Checkpoint;
        (View.CommitIndex, View.AnchorSize, View.AnchorRoot) = (receipt.Index, checkpoint.Size, Convert.ToHexStringLower(checkpoint.RootHash));
        View.ContributionDue = clock.UtcNow.AddMinutes(policy.RevealMinutes);
        View.Status = DrawStatus.AwaitingContribution;
        await Log("draw.anchored", Actor.System, ("commitIndex", Number(receipt.Index)), ("checkpointSize", Number(checkpoint.Size)),
            ("checkpointRoot", View.AnchorRoot), ("contributionDue", View.ContributionDue.Value.ToString("O", CultureInfo.InvariantCulture)));
        await this.RegisterOrUpdateReminder(DeadlineReminder, clock.RealDelayUntil(View.ContributionDue.Value) + TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<DrawView> Get(Actor actor)
    {
        await Enforce();
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await Enforce();
        var pending = state.State.View is { } view && (view.Status == DrawStatus.AwaitingContribution
                                                      || (view.Status == DrawStatus.Sealed && view.Seats.Any(s => s.Status == SeatStatus.Notified)));
        if (!pending && await this.GetReminder(DeadlineReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private async Task<IReadOnlySet<string>> InterestedCodes(DrawRequest request, string agencyId)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal) { request.TendereeCreditCode };
        if ((await grains.GetGrain<IOrganizationGrain>(agencyId).Get())?.CreditCode is { } agency) codes.Add(agency);
        foreach (var bid in await grains.GetGrain<IBidBoxGrain>(TenderId).Seal())
            if ((await grains.GetGrain<IOrganizationGrain>(bid.BidderId).Get())?.CreditCode is { } bidder) codes.Add(bidder);
        return codes;
    }

    // Each specialty's pool grain filters and pseudonymises its experts from memory, all specialties at once.
    private async Task<PoolSnapshot> Freeze(DrawRequest request, RecusalContext context, byte[] key)
    {
        var freeze = new PoolFreeze
        {
            InterestedCreditCodes = [.. context.InterestedCreditCodes], AgencyId = context.AgencyId, EvaluationAt = context.EvaluationAt, Now = context.Now,
            Regions = context.Regions, PseudonymKey = key,
        };
        var parts = await Task.WhenAll(request.Seats.Select(s => grains.GetGrain<IExpertPoolGrain>(s.Specialty).Freeze(freeze)));
        return PoolSnapshot.Merge(request.Seats.Select((s, i) => (s.Specialty, parts[i])).ToDictionary(p => p.Specialty, p => p.Item2, StringComparer.Ordinal));
    }

    private async Task<string> Put<T>(T value)
    {
        using var stream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(value));
        return (await blobs.PutAsync(stream, CancellationToken.None)).Sha256Hex;
    }

    private async Task<T> Read<T>(string sha256)
    {
        await using var stream = await blobs.OpenReadAsync(sha256, CancellationToken.None) ?? throw new IOException($"Draw blob {sha256} of tender {TenderId} is missing.");
        return await JsonSerializer.DeserializeAsync<T>(stream) ?? throw new IOException($"Draw blob {sha256} of tender {TenderId} is empty.");
    }

    private void RequireWitness(Actor actor)
    {
        if (!actor.Is(Roles.Supervisor) || View.Witness?.Supervisor != actor.UserName) throw RuleViolationException.Of("DRAW-SUPERVISOR", ("tender", TenderId));
    }

    private RuleViolationException Conflict(string action) =>
        RuleViolationException.Of("DRAW-STATE", ("tender", TenderId), ("status", state.State.View?.Status.ToString() ?? "not requested"), ("action", action));

    private static string SeatsText(DrawRequest request) => string.Join(";", request.Seats.Select(s => $"{s.Specialty}:{s.Seats}:{s.Backups}"));

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // Public leaves carry hashes, pseudonymous seat labels and counts, never an expert's name or id (BL 37). Each event is
    // written with the state before it is appended, so the archive knows every entry of the draw even after a crash between.
    private async Task<LogReceipt> Log(string type, Actor actor, params (string Name, string Value)[] data)
    {
        var logEvent = new LogEvent { Type = type, Subject = "tender/" + TenderId, At = clock.UtcNow, Actor = actor.UserName };
        foreach (var (name, value) in data) logEvent.Data[name] = value;
        state.State.PendingEvents.Add(logEvent);
        await state.WriteOrReloadAsync();
        return (await DrainOutbox(logEvent))!;
    }

    /// <summary>Appends the outbox's events (any but <paramref name="fresh"/> may be logged already) and returns the receipt of <paramref name="fresh"/>.</summary>
    private async Task<LogReceipt?> DrainOutbox(LogEvent? fresh)
    {
        LogReceipt? receipt = null;
        foreach (var pending in state.State.PendingEvents)
        {
            var logged = await outbox.Publish(pending, mayBeLogged: !ReferenceEquals(pending, fresh));
            if (!state.State.LogIndexes.Contains(logged.Index)) state.State.LogIndexes.Add(logged.Index);
            if (ReferenceEquals(pending, fresh)) receipt = logged;
        }

        if (state.State.PendingEvents.Count == 0) return receipt;
        state.State.PendingEvents.Clear();
        await state.WriteStateAsync();
        return receipt;
    }
}
