using System.Globalization;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Evaluation;

/// <summary>
/// The evaluation's rules as a plain class over <see cref="EvaluationState"/>: who may act, when, and what each step changes.
/// Every change records the log events it owes (<see cref="Events"/>); the grain writes the state once, then appends them.
/// </summary>
public sealed partial class EvaluationSession(string tenderId, EvaluationState state)
{
    /// <summary>Budget from which a government procurement committee has at least seven members (CNY 10 M in fen; MOF Order 87 Art 47, unchecked).</summary>
    public const long LargeProcurementFen = 10_000_000_00;

    /// <summary>Least committee of a large government procurement.</summary>
    public const int LargeProcurementCommittee = 7;

    private EvaluationView View => state.View;

    /// <summary>Log events the last command owes: (type, actor, data). Names never appear, only seat labels (BL 37).</summary>
    public List<(string Type, string Actor, (string Name, string Value)[] Data)> Events { get; } = [];

    /// <summary>Opens the session for <paramref name="hours"/> hours: the tender is opened, every drawn seat confirmed (BL 37).</summary>
    public void Open(Actor actor, int hours, TenderView tender, DrawView draw, OpeningView opening, DateTimeOffset now)
    {
        if (!actor.Is(Roles.Agency) || tender.Registration.AgencyId != actor.OrganizationId) throw RuleViolationException.Of("TENDER-OWNER", ("id", tenderId));
        if (View.Status != EvaluationStatus.NotOpened) throw Conflict("open the session");
        if (tender.Status is not (TenderStatus.Opened or TenderStatus.Evaluating))
            throw RuleViolationException.Of("TENDER-STATE", ("id", tenderId), ("status", tender.Status), ("action", "open the evaluation"));
        var method = tender.EvaluationMethod ?? throw RuleViolationException.Of("EVAL-METHOD", ("detail", "the tender documents fixed no evaluation method"));
        if (hours is < 1 or > 72) throw RuleViolationException.Of("REQ-FIELD", ("field", "hours"), ("detail", "1-72"));
        var wanted = draw.Request.Seats.Sum(s => s.Seats);
        var confirmed = draw.Seats.Where(s => s.Status == SeatStatus.Confirmed).ToList();
        if (draw.Status is not (DrawStatus.Sealed or DrawStatus.Revealed) || confirmed.Count != wanted)
            throw RuleViolationException.Of("EVAL-COMMITTEE", ("tender", tenderId), ("confirmed", confirmed.Count), ("seats", wanted));
        // Government procurement with a budget of CNY 10 M or more needs a committee of seven or more (MOF Order 87 Art 47).
        if (tender.Regime == LegalRegime.GovernmentProcurement && tender.Registration.EstimatedPriceFen >= LargeProcurementFen
            && draw.Request.CommitteeSize < LargeProcurementCommittee)
            throw RuleViolationException.Of("GP-COMMITTEE-7", ("tender", tenderId), ("size", draw.Request.CommitteeSize));

        state.Regime = tender.Regime;
        state.Bids = [.. opening.Rows.Where(r => r.Outcome == DecryptionOutcome.Opened).Select(r => new EvaluatedBid
        {
            BidderId = r.BidderId, BidderName = r.BidderName, Price = decimal.Parse(r.Price!, CultureInfo.InvariantCulture),
            DurationDays = r.DurationDays, QualityCommitment = r.QualityCommitment, PayloadSha256 = r.PayloadSha256 ?? "",
        })];
        View.TenderId = tenderId;
        View.Method = method;
        View.Status = EvaluationStatus.Review;
        View.OpenedAt = now;
        View.Due = now.AddHours(hours);
        View.Bids = state.Bids.Count;
        View.Members = [.. confirmed.OrderBy(s => s.Seat, StringComparer.Ordinal).Select(s => new CommitteeMember { Seat = s.Seat, ExpertId = s.ExpertId, Name = s.Name })];
        Record("evaluation.opened", actor, ("members", Number(View.Members.Count)), ("bids", Number(state.Bids.Count)),
            ("due", RuleValues.Iso(View.Due.Value)), ("methodSha256", EvaluationMethodRules.Sha256(method)));
    }

    /// <summary>A confirmed member checks in with the key it will sign the report with.</summary>
    public void CheckIn(Actor actor, byte[] signingKey, DateTimeOffset now)
    {
        RequireOpen(now);
        var member = Member(actor);
        try { _ = Crypto.Signing.SignatureVerifier.ImportSubjectPublicKeyInfo(signingKey); }
        catch (Exception e) when (e is Crypto.CryptographicFormatException or System.Security.Cryptography.CryptographicException or ArgumentException or NotSupportedException)
        {
            throw RuleViolationException.Of("REQ-FIELD", ("field", "signingKey"), ("detail", "a DER SubjectPublicKeyInfo of an ECDSA P-256, SM2 or Ed25519 key, base64"));
        }

        if (member.Signed) throw Conflict("change the signing key after signing");
        member.CheckedInAt ??= now;
        member.SigningKey = Convert.ToBase64String(signingKey);
        member.KeyId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(signingKey))[..16];
        Record("evaluation.member-checked-in", actor, ("seat", member.Seat), ("keyId", member.KeyId));
    }

    /// <summary>A supervisor checks in to watch.</summary>
    public void Watch(Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (View.Status == EvaluationStatus.NotOpened) throw Conflict("watch the session");
        if (View.Attendance.Any(a => a.UserName == actor.UserName)) return;
        View.Attendance.Add(new Attendance(actor.UserName, actor.OrganizationId, now, actor.Address));
        Record("evaluation.supervisor-checked-in", actor, ("supervisor", actor.UserName));
    }

    /// <summary>The bids, read by a checked-in member while the session is open; the read is journaled.</summary>
    public IReadOnlyList<EvaluatedBid> ReadBids(Actor actor, DateTimeOffset now)
    {
        var member = CheckedIn(actor, now);
        Record("evaluation.bids-read", actor, ("seat", member.Seat));
        return state.Bids;
    }

    /// <summary>One bid's decrypted payload, read by a checked-in member while open; journaled.</summary>
    public string ReadPayload(Actor actor, string bidderId, DateTimeOffset now)
    {
        var member = CheckedIn(actor, now);
        var bid = Bid(bidderId);
        Record("evaluation.bid-read", actor, ("seat", member.Seat), ("bidder", bid.BidderId), ("payloadSha256", bid.PayloadSha256));
        return bid.PayloadSha256;
    }

    /// <summary>A checked-in supervisor's remark.</summary>
    public void Remark(Actor actor, string text, DateTimeOffset now)
    {
        RequireWatching(actor);
        var remark = new SupervisorRemark(actor.UserName, now, Text(text, "text", 4000));
        View.Remarks.Add(remark);
        Record("evaluation.remark", actor, ("remarkSha256", Sha256(remark.Text)));
    }

    /// <summary>A checked-in supervisor lodges recordings of the session by hash.</summary>
    public void AddRecordings(Actor actor, IReadOnlyList<SessionRecording> recordings)
    {
        RequireWatching(actor);
        if (recordings.Count == 0 || recordings.Any(r => string.IsNullOrWhiteSpace(r.Name) || r.Name.Length > 200 || !IsSha256(r.Sha256)))
            throw RuleViolationException.Of("REQ-FIELD", ("field", "recordings"), ("detail", "each with a name of 1-200 characters and a hex SHA-256"));
        var added = recordings.Where(r => View.Recordings.All(k => k.Sha256 != r.Sha256)).Select(r => r with { Sha256 = r.Sha256.ToLowerInvariant() }).ToList();
        View.Recordings.AddRange(added);
        if (added.Count > 0) Record("evaluation.recordings", actor, ("sha256", string.Join(",", added.Select(r => r.Sha256))));
    }

    /// <summary>The evaluation as <paramref name="actor"/> may see it (a copy).</summary>
    public EvaluationView Seen(Actor actor)
    {
        var copy = Copy();
        var supervisor = actor.Is(Roles.Supervisor);
        var self = actor.Is(Roles.Expert) ? actor.OrganizationId : null;
        copy.SigningRequest = self is not null && View.Members.FirstOrDefault(m => m.ExpertId == self) is { } mine
                              && state.SigningRequests.TryGetValue(mine.Seat, out var pending) ? pending : null;
        if (supervisor) return copy;
        // BL 37: the names stay with supervision and each member's own seat; everyone else sees seat labels.
        foreach (var member in copy.Members.Where(m => m.ExpertId != self)) (member.ExpertId, member.Name, member.SigningKey) = ("", "", null);
        copy.Attendance = [.. copy.Attendance.Select(a => a with { Address = null })];
        var isMember = self is not null && View.Members.Any(m => m.ExpertId == self);
        var agency = actor.Is(Roles.Agency) && actor.OrganizationId is not null;
        if (isMember) return copy;
        copy.Remarks = [];
        copy.Recordings = [];
        if (agency && View.Status == EvaluationStatus.Signed) return copy;
        (copy.Results, copy.Candidates, copy.Benchmark, copy.Rejections) = ([], [], null, []);
        if (agency) return copy;
        // A bidder sees its own clarification requests and nothing of the committee.
        copy.Members = [];
        copy.Attendance = [];
        copy.Clarifications = actor.Is(Roles.Bidder) ? [.. copy.Clarifications.Where(c => c.BidderId == actor.OrganizationId)] : [];
        return copy;
    }

    private EvaluationView Copy() => System.Text.Json.JsonSerializer.Deserialize<EvaluationView>(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(View))!;

    private CommitteeMember Member(Actor actor) =>
        View.Members.FirstOrDefault(m => actor.Is(Roles.Expert) && m.ExpertId == actor.OrganizationId)
        ?? throw RuleViolationException.Of("EVAL-MEMBER", ("tender", tenderId));

    private CommitteeMember CheckedIn(Actor actor, DateTimeOffset now)
    {
        var member = Member(actor);
        RequireOpen(now);
        return member.CheckedInAt is null ? throw RuleViolationException.Of("EVAL-MEMBER", ("tender", tenderId)) : member;
    }

    private void RequireOpen(DateTimeOffset now)
    {
        if (View.Status is EvaluationStatus.NotOpened or EvaluationStatus.Signed) throw Conflict("act in the session");
        if (now >= View.Due) throw RuleViolationException.Of("EVAL-CLOSED", ("tender", tenderId), ("due", RuleValues.Beijing(View.Due!.Value)));
    }

    private void RequireWatching(Actor actor)
    {
        if (!actor.Is(Roles.Supervisor) || View.Attendance.All(a => a.UserName != actor.UserName))
            throw RuleViolationException.Of("EVAL-SUPERVISOR", ("tender", tenderId));
    }

    private EvaluatedBid Bid(string bidderId) =>
        state.Bids.FirstOrDefault(b => b.BidderId == bidderId) ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "bidderId"), ("detail", "no opened bid of that bidder"));

    private RuleViolationException Conflict(string action) =>
        RuleViolationException.Of("EVAL-STATE", ("tender", tenderId), ("status", View.Status), ("action", action));

    // BL 37: a member acts in the log as "committee" with its seat label, never by its user name.
    private void Record(string type, Actor actor, params (string Name, string Value)[] data) =>
        Events.Add((type, actor.Is(Roles.Expert) ? "committee" : actor.UserName, data));

    private static string Text(string? value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > max
            ? throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", $"1-{max} characters"))
            : value.Trim();

    private static bool IsSha256(string? value) => value is { Length: 64 } && value.All(Uri.IsHexDigit);

    private static string Sha256(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
