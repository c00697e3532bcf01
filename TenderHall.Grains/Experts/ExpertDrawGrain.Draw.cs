using System.Security.Cryptography;
using TenderHall.Crypto.Draw;
using TenderHall.Crypto.Vrf;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Experts;

/// <summary>Seed, proof and selection, and the notices to the drawn experts.</summary>
public sealed partial class ExpertDrawGrain
{
    /// <inheritdoc />
    public async Task<DrawView> Contribute(Actor actor, byte[] contribution)
    {
        await Enforce();
        RequireWitness(actor);
        if (View.Status != DrawStatus.AwaitingContribution) throw Conflict("reveal the contribution");
        if (contribution.Length != DrawHashing.ContributionLength
            || Convert.ToHexStringLower(DrawHashing.ContributionCommitment(contribution)) != View.Witness!.Commitment)
            throw RuleViolationException.Of("DRAW-CONTRIBUTION", ("detail", "the contribution does not match the supervisor's commitment"));
        View.Witness = View.Witness with { Contribution = Convert.ToHexStringLower(contribution) };
        await Log("draw.contribution-revealed", actor, ("contribution", View.Witness.Contribution));
        await Draw(contribution);
        return Seen(actor);
    }

    // Timed rules, applied on every call and by the reminder: a contribution not revealed in time is withheld and the draw
    // goes on without it (docs/experts.md); a drawn expert who has not answered in time is replaced by the next backup.
    private async Task Enforce()
    {
        if (state.State.View is not { } view) return;
        var now = clock.UtcNow;
        if (view.Status == DrawStatus.AwaitingContribution && now >= view.ContributionDue)
        {
            view.ContributionWithheld = true;
            await Log("draw.contribution-withheld", Actor.System, ("due", view.ContributionDue!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
            await Draw(null);
        }

        if (view.Status != DrawStatus.Sealed) return;
        foreach (var seat in view.Seats.Where(s => s.Status == SeatStatus.Notified && s.RespondBy <= now).ToList())
            await Settle(seat, SeatStatus.NoAnswer, null);
    }

    private async Task Draw(byte[]? contribution)
    {
        var seed = DrawHashing.Seed(Convert.FromHexString(View.AnchorRoot!), contribution);
        var alpha = DrawHashing.Alpha(TenderId, Convert.FromHexString(View.PoolHash), seed);
        var proof = vrfKey.Prove(alpha);
        var pool = await Read<Dictionary<string, List<string>>>(state.State.PoolBlob);
        var outcome = CommitteeSelection.Select(Ecvrf.ProofToHash(proof), pool.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value),
            [.. View.Request.Seats.Select(s => new SeatRequest(s.Specialty, s.Seats, s.Backups))]);
        state.State.Outcome = [.. outcome.Select(o => new DrawnSpecialty { Specialty = o.Specialty, Members = [.. o.Members], Backups = [.. o.Backups] })];
        var members = await Read<Dictionary<string, string>>(state.State.MembersBlob);
        var now = clock.UtcNow;
        foreach (var drawn in outcome)
        {
            for (var i = 0; i < drawn.Members.Count; i++)
                View.Seats.Add(await Seat($"{drawn.Specialty}/{i + 1}", drawn.Specialty, drawn.Members[i], members, 0, now));
        }

        (View.Seed, View.Alpha, View.Proof, View.DrawnAt, View.Status) =
            (Convert.ToHexStringLower(seed), Convert.ToHexStringLower(alpha), Convert.ToBase64String(proof), now, DrawStatus.Sealed);
        await Log("draw.proved", Actor.System, ("seed", View.Seed), ("alpha", View.Alpha), ("proofSha256", Convert.ToHexStringLower(SHA256.HashData(proof))),
            ("outcomeSha256", OutcomeHash()), ("withheld", View.ContributionWithheld ? "true" : "false"));
        foreach (var seat in View.Seats) await Notify(seat);
        await this.RegisterOrUpdateReminder(DeadlineReminder, clock.RealDelayUntil(now.AddMinutes(policy.ConfirmMinutes)) + TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    private async Task<DrawSeat> Seat(string label, string specialty, string pseudonym, IReadOnlyDictionary<string, string> members, int rank, DateTimeOffset now)
    {
        var id = members[pseudonym];
        var profile = await grains.GetGrain<IExpertGrain>(id).Get();
        await grains.GetGrain<IExpertGrain>(id).RecordDrawn(new DrawnRecord { TenderId = TenderId, AgencyId = View.AgencyId, At = now });
        return new DrawSeat
        {
            Seat = label, Specialty = specialty, Pseudonym = pseudonym, ExpertId = id, Name = profile?.Name ?? id, Status = SeatStatus.Notified,
            RespondBy = now.AddMinutes(policy.ConfirmMinutes), BackupRank = rank,
        };
    }

    // The outbox first (the durable promise), then the voice/SMS call.
    private async Task Notify(DrawSeat seat)
    {
        var at = View.Request.EvaluationAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var due = seat.RespondBy.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var notice = new Notification
        {
            Id = $"draw/{TenderId}/{seat.Seat}/{seat.Pseudonym}", Subject = "tender/" + TenderId, Type = "draw.selected", At = clock.UtcNow,
            TextZh = $"您已被随机抽取为招标项目 {TenderId} 的评标专家，评标时间 {at}（北京时间）。请于 {due} 前登录平台确认参加或拒绝，并签署无利害关系声明。名单在结果确定前保密。",
            TextEn = $"You have been drawn as an evaluation expert for tender {TenderId}, evaluation at {at} (Beijing time). Confirm or decline on the platform by {due} and sign the declaration of no conflict of interest. The list stays confidential until the result.",
        };
        await grains.GetGrain<IInboxGrain>(seat.ExpertId).Deliver(notice);
        var mobile = (await grains.GetGrain<IExpertGrain>(seat.ExpertId).Get())?.Mobile ?? "";
        await gateway.SendAsync(seat.ExpertId, mobile, notice.TextZh, CancellationToken.None);
    }

    // A commitment to the whole selection (members and backups by specialty), logged at once so the outcome can never change.
    private string OutcomeHash() => Convert.ToHexStringLower(DrawHashing.Frame("TenderHall/draw/outcome/v1",
        [.. state.State.Outcome.Select(o => System.Text.Encoding.UTF8.GetBytes($"{o.Specialty}|{string.Join(",", o.Members)}|{string.Join(",", o.Backups)}"))]));
}
