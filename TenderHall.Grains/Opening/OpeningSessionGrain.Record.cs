using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Transparency;

namespace TenderHall.Grains.Opening;

/// <summary>The session's start, the answers on the spot, and the close.</summary>
public sealed partial class OpeningSessionGrain
{
    /// <inheritdoc />
    public async Task<OpeningView> Respond(Actor actor, bool confirm, string? objection)
    {
        await RequireStatus("answer the opening record", OpeningStatus.RecordPublished);
        var row = View.Rows.FirstOrDefault(r => r.BidderId == actor.OrganizationId && actor.Is(Roles.Bidder))
                  ?? throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (!confirm && string.IsNullOrWhiteSpace(objection))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "objection"), ("detail", "say what is objected to"));
        row.Confirmed = confirm;
        row.Objection = confirm ? null : objection!.Trim();
        await state.WriteStateAsync();
        await Log(confirm ? "opening.confirmed" : "opening.objected", actor, ("bidder", row.BidderId));
        return View;
    }

    /// <inheritdoc />
    public async Task<OpeningView> AnswerObjection(Actor actor, string bidderId, string answer)
    {
        await RequireStatus("answer an objection", OpeningStatus.RecordPublished);
        var tender = await grains.GetGrain<ITenderGrain>(TenderId).Get();
        if (tender?.Registration.AgencyId != actor.OrganizationId) throw RuleViolationException.Of("TENDER-OWNER", ("id", TenderId));
        var row = View.Rows.FirstOrDefault(r => r.BidderId == bidderId && r.Objection is not null)
                  ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "bidderId"), ("detail", "that bidder raised no objection"));
        row.ObjectionAnswer = string.IsNullOrWhiteSpace(answer) ? throw RuleViolationException.Of("REQ-FIELD", ("field", "answer"), ("detail", "required")) : answer.Trim();
        await state.WriteStateAsync();
        await Log("opening.objection-answered", actor, ("bidder", bidderId));
        return View;
    }

    /// <inheritdoc />
    public async Task<OpeningView> AttachRecord(string recordPdfSha256)
    {
        await RequireStatus("attach the record", OpeningStatus.RecordPublished);
        RequireObjectionsAnswered();
        View.RecordPdfSha256 = recordPdfSha256;
        View.SigningRequest = null; // prepared over the previous rendering
        await state.WriteStateAsync();
        await Log("opening.record-signed", Actor.System, ("recordPdfSha256", recordPdfSha256));
        return View;
    }

    /// <inheritdoc />
    public async Task<OpeningView> RequestRecordSignature(Actor actor, RecordSigningRequest request)
    {
        await RequireStatus("sign the record", OpeningStatus.RecordPublished);
        RequireCheckedIn(actor);
        RequireObjectionsAnswered();
        if (View.RecordPdfSha256 is null || request.RecordPdfSha256 != View.RecordPdfSha256)
            throw RuleViolationException.Of("OPEN-STATE", ("tender", TenderId), ("status", "with another record attached"), ("action", "sign the record"));
        if (request.Supervisor != actor.UserName || await SigningKey(actor, request.KeyId) is null)
            throw RuleViolationException.Of("OPEN-RECORD-KEY", ("organization", actor.OrganizationId ?? "-"), ("key", request.KeyId));
        View.SigningRequest = request;
        await state.WriteStateAsync();
        return View;
    }

    /// <inheritdoc />
    public async Task<OpeningView> Close(Actor actor, string notes, IReadOnlyList<SessionRecording> recordings, byte[] signature, string signedRecordPdfSha256)
    {
        await RequireStatus("close the session", OpeningStatus.RecordPublished);
        RequireCheckedIn(actor);
        RequireObjectionsAnswered();
        var request = View.SigningRequest is { } pending && pending.Supervisor == actor.UserName && pending.RecordPdfSha256 == View.RecordPdfSha256
            ? pending
            : throw RuleViolationException.Of("OPEN-STATE", ("tender", TenderId), ("status", "without a signing request of this supervisor for the attached record"), ("action", "close"));
        // EBM 33: the supervisor signs the record with its registered key; the platform only checks and embeds it.
        var key = await SigningKey(actor, request.KeyId) ?? throw RuleViolationException.Of("OPEN-RECORD-KEY", ("organization", actor.OrganizationId ?? "-"), ("key", request.KeyId));
        if (!key.Verify(Convert.FromBase64String(request.SignedAttributes), signature))
            throw RuleViolationException.Of("OPEN-RECORD-SIGNATURE", ("organization", actor.OrganizationId ?? "-"));
        if (string.IsNullOrWhiteSpace(notes)) throw RuleViolationException.Of("REQ-FIELD", ("field", "notes"), ("detail", "required"));
        // The tender moves first: it is idempotent, so a session write that fails after it is retried by closing again.
        await grains.GetGrain<ITenderGrain>(TenderId).CloseOpening(signedRecordPdfSha256);
        View.Notes = notes.Trim();
        View.Recordings = [.. recordings];
        View.SupervisorSignature = Convert.ToBase64String(signature);
        View.RecordPdfSha256 = signedRecordPdfSha256;
        View.Status = OpeningStatus.Closed;
        await state.WriteStateAsync();
        await Log("opening.closed", actor, ("recordPdfSha256", signedRecordPdfSha256), ("platformRecordPdfSha256", request.RecordPdfSha256),
            ("recordings", string.Join(",", recordings.Select(r => r.Sha256))));
        return View;
    }

    // BLR 44: objections at the opening are answered on the spot, before the record is signed and the session ends.
    private void RequireObjectionsAnswered()
    {
        if (View.Rows.FirstOrDefault(r => r.Objection is not null && r.ObjectionAnswer is null) is { } open)
            throw RuleViolationException.Of("OPEN-UNANSWERED", ("bidder", open.BidderId));
    }

    private const string BeginReminder = "begin";

    // Begun, and a failure for want of bids settled with the tender: nothing is left for the start to do.
    private bool Settled => state.State.Begun && (View.Status != OpeningStatus.InsufficientBids || state.State.FailureSettled);

    private async Task BeginWhenDue()
    {
        await Begin();
        // BL 28, BLR 44: fewer than three bids are not opened; the tender fails and is re-tendered, refunding deposits and
        // releasing letters. Until the tender has done all that, the start's reminder asks it again (it is idempotent).
        if (state.State.Begun && View.Status == OpeningStatus.InsufficientBids && !state.State.FailureSettled)
        {
            await grains.GetGrain<ITenderGrain>(TenderId).FailInsufficientBids(View.Bids);
            state.State.FailureSettled = true;
            await state.WriteStateAsync();
        }

        if ((Settled || !state.State.Begun) && await this.GetReminder(BeginReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private async Task Begin()
    {
        if (state.State.Begun) return;
        var tender = await grains.GetGrain<ITenderGrain>(TenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", TenderId));
        // BL 34, BLR 22, BLR 62: the opening is at the effective deadline of a tender that is running; a paused, terminated
        // or not yet closed tender is not opened, and tells the session again when its (moved) deadline passes.
        if (tender.Status != TenderStatus.BidDeadlinePassed || tender.Schedule is null || clock.UtcNow < tender.Schedule.BidDeadline) return;
        // Sealing first: no bid still in flight can be counted after the session has counted the box.
        var bids = await grains.GetGrain<IBidBoxGrain>(TenderId).Seal();
        var custody = await grains.GetGrain<ITenderCustodyGrain>(TenderId).Get();
        View.TenderId = TenderId;
        View.Bids = bids.Count;
        View.Threshold = custody?.Threshold ?? 0;
        View.Status = bids.Count < MinimumBids ? OpeningStatus.InsufficientBids : OpeningStatus.AwaitingShares;
        // BL 22 ends at the deadline: the salts of the tender's secret entries are published with the opening record.
        View.Commitments = [.. (await grains.GetGrain<IPrivateJournalGrain>("tender/" + TenderId).Entries()).Where(e => e.Salt is not null)
            .Select(e => new RevealedCommitment { Index = e.Index, Salt = e.Salt!, EventData = Convert.ToBase64String(LogEventJson.Encode(SecretEvents.Disclosable(e.Event))) })];
        state.State.Begun = true;
        await state.WriteStateAsync();
        // After the deadline who submitted is public (EBM 30): the start names the bidders.
        await Log("opening.started", Actor.System, ("bids", bids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("bidders", string.Join(",", bids.Select(b => b.BidderId))));
    }

    private async Task RequireStatus(string action, params OpeningStatus[] allowed)
    {
        await EnforceBidderPartLimit();
        if (!state.State.Begun || !allowed.Contains(View.Status))
            throw RuleViolationException.Of("OPEN-STATE", ("tender", TenderId), ("status", state.State.Begun ? View.Status.ToString() : "before the deadline"), ("action", action));
    }

    private async Task RequireCustodianSignature(string custodian, byte[] message, byte[] signature)
    {
        var profile = await grains.GetGrain<IOrganizationGrain>(custodian).Get();
        if (!Signed(profile, message, signature)) throw RuleViolationException.Of("OPEN-SHARE", ("detail", $"the share is not signed with a registered signing key of {custodian}"));
    }

    private void RequireCheckedIn(Actor actor)
    {
        if (!actor.Is(Roles.Supervisor) || View.Attendance.All(a => a.UserName != actor.UserName))
            throw RuleViolationException.Of("OPEN-SUPERVISOR", ("tender", TenderId));
    }

    private async Task<Crypto.Signing.SignatureVerifier?> SigningKey(Actor actor, string keyId) =>
        SigningKeys.Current(actor.OrganizationId is null ? null : await grains.GetGrain<IOrganizationGrain>(actor.OrganizationId).Get(), keyId);

    private static bool Signed(OrganizationProfile? profile, byte[] message, byte[] signature) =>
        SigningKeys.Signed(profile, message, signature) is not null;

    // Every step goes to the transparency log and, live, to everyone watching the session.
    private async Task Log(string type, Actor actor, params (string Name, string Value)[] data)
    {
        var logEvent = new LogEvent { Type = type, Subject = "tender/" + TenderId, At = clock.UtcNow, Actor = actor.UserName };
        foreach (var (name, value) in data) logEvent.Data[name] = value;
        await log.AppendAsync(logEvent);
        await feed.Publish(new OpeningFeedEvent(TenderId, type, logEvent.At, logEvent.Data));
    }
}
