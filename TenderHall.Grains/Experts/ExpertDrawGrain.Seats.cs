using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Draw;
using TenderHall.Crypto.Vrf;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Experts;

/// <summary>Confirmations, declines, absences and the replacements they bring (BLR 46: by the same method).</summary>
public sealed partial class ExpertDrawGrain
{
    /// <inheritdoc />
    public async Task<DrawView> Respond(Actor actor, bool accept, string? declaration)
    {
        await Enforce();
        var seat = View.Seats.FirstOrDefault(s => actor.Is(Roles.Expert) && s.ExpertId == actor.OrganizationId && s.Status == SeatStatus.Notified)
                   ?? throw RuleViolationException.Of("DRAW-RESPONSE", ("tender", TenderId), ("detail", "you hold no seat awaiting your answer (it may have passed its time limit)"));
        if (View.Status != DrawStatus.Sealed) throw Conflict("answer");
        if (accept && !DrawDeclaration.Matches(TenderId, declaration))
            throw RuleViolationException.Of("DRAW-RESPONSE", ("tender", TenderId), ("detail", "confirming needs the declaration of no conflict of interest, word for word"));
        await Settle(seat, accept ? SeatStatus.Confirmed : SeatStatus.Declined, accept ? declaration!.Trim() : null);
        return Seen(actor);
    }

    /// <inheritdoc />
    public async Task<DrawView> MarkAbsent(Actor actor, string seat)
    {
        await Enforce();
        if (!actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (View.Status != DrawStatus.Sealed) throw Conflict("record an absence");
        var held = View.Seats.FirstOrDefault(s => s.Seat == seat && s.Status is SeatStatus.Notified or SeatStatus.Confirmed)
                   ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "seat"), ("detail", "no expert holds that seat"));
        await Settle(held, SeatStatus.Absent, null);
        return Seen(actor);
    }

    private async Task Settle(DrawSeat seat, SeatStatus outcome, string? declaration)
    {
        var now = clock.UtcNow;
        var signed = declaration is null ? null
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{declaration}\n{seat.ExpertId}\n{TenderId}\n{now:O}")));
        var index = View.Seats.IndexOf(seat);
        View.Seats[index] = seat with { Status = outcome, SettledAt = now, DeclarationSha256 = signed };
        DrawSeat? next = null;
        if (outcome != SeatStatus.Confirmed && await Successor(state.State.Outcome.First(o => o.Specialty == seat.Specialty)) is { } successor)
        {
            var drawn = state.State.Outcome.First(o => o.Specialty == seat.Specialty);
            next = await Seat(seat.Seat, seat.Specialty, successor.Pseudonym, await Read<Dictionary<string, string>>(state.State.MembersBlob),
                drawn.BackupsUsed + drawn.Supplementary.Count, now) with { Supplementary = successor.Supplementary };
            View.Seats.Add(next);
            View.Replacements.Add(new DrawReplacement
            {
                Seat = seat.Seat, Out = seat.Pseudonym, In = successor.Pseudonym, Reason = outcome, At = now, Supplementary = successor.Supplementary,
            });
        }

        var type = outcome switch
        {
            SeatStatus.Confirmed => "draw.seat-confirmed",
            SeatStatus.Declined => "draw.seat-declined",
            SeatStatus.NoAnswer => "draw.seat-unanswered",
            _ => "draw.seat-absent",
        };
        await Log(type, Actor.System, ("seat", seat.Seat), ("declarationSha256", signed ?? ""));
        if (outcome == SeatStatus.Confirmed) return;
        if (next is null) await Log("draw.seat-vacant", Actor.System, ("seat", seat.Seat));
        else
        {
            await Log(next.Supplementary ? "draw.supplementary" : "draw.replaced", Actor.System, ("seat", seat.Seat),
                ("backupRank", next.BackupRank.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await Notify(next);
        }
    }

    // The next backup of the same permutation, whoever it is; once they are used up, the supplementary draw continues that
    // permutation from the same proof over the same frozen pool (BLR 46: by the same method). No choice is left to anyone.
    private async Task<(string Pseudonym, bool Supplementary)?> Successor(DrawnSpecialty drawn)
    {
        if (drawn.BackupsUsed < drawn.Backups.Count) return (drawn.Backups[drawn.BackupsUsed++], false);
        var pool = await Read<Dictionary<string, List<string>>>(state.State.PoolBlob);
        var taken = state.State.Outcome.SelectMany(o => o.Members.Concat(o.Backups).Concat(o.Supplementary)).ToHashSet(StringComparer.Ordinal);
        if (CommitteeSelection.Supplement(Ecvrf.ProofToHash(Convert.FromBase64String(View.Proof!)), pool[drawn.Specialty], drawn.Specialty, taken) is not { } extra)
            return null;
        drawn.Supplementary.Add(extra);
        return (extra, true);
    }
}
