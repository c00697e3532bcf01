using System.Text.Json;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Tendering;
using static TenderHall.Grains.Tests.Tendering.TenderFixture;

namespace TenderHall.Grains.Tests.Tendering;

public sealed class TenderPropertyTests
{
    private static readonly Actor[] Everyone = [Agency, OtherAgency, Supervisor, BidderA, BidderB];

    [Fact]
    public void Random_command_sequences_never_reach_an_illegal_state_and_refused_commands_change_nothing()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var f = new TenderFixture().Published();
            var now = Monday;
            for (var step = 0; step < 60; step++)
            {
                now += TimeSpan.FromMinutes(random.Next(0, 3 * 24 * 60));
                // The grain brings timed transitions up to date before every command, as its timer would have.
                f.Tender.Advance(now);
                var before = JsonSerializer.Serialize(f.State);
                var command = random.Next(10);
                try
                {
                    Run(f.Tender, f.State, command, random, now);
                }
                catch (RuleViolationException)
                {
                    Assert.True(before == JsonSerializer.Serialize(f.State), $"seed {seed} step {step}: refused command {command} changed the state");
                }

                CheckInvariants(f.State, now, $"seed {seed} step {step} command {command}");
            }
        }
    }

    private static void Run(Tender tender, TenderState state, int command, Random random, DateTimeOffset now)
    {
        var actor = Everyone[random.Next(Everyone.Length)];
        switch (command)
        {
            case 0 or 1 or 2: tender.Advance(now); break;
            case 3: tender.Ask(actor, "问题", now); break;
            case 4: tender.Clarify(actor, [], "澄清", random.Next(2) == 0 ? null : Documents("c"), ["bidder-01"], now); break;
            case 5: tender.RaiseObjection(actor, "异议", now); break;
            case 6:
                var open = state.Objections.FirstOrDefault(o => o.AnsweredAt is null)?.Id ?? "O99";
                tender.AnswerObjection(actor, open, "答复", now);
                break;
            case 7: tender.Suspend(actor, "暂停", now); break;
            case 8: tender.Resume(actor, now); break;
            default:
                if (random.Next(8) == 0) tender.Terminate(actor, "终止", now, []);
                else tender.Publish(now, now.AddDays(8), now.AddDays(30), "再次公告", Documents("d"), actor, now);
                break;
        }
    }

    private static void CheckInvariants(TenderState state, DateTimeOffset now, string where)
    {
        var schedule = state.Schedule!;
        Assert.True(schedule.BidDeadline >= schedule.OriginalBidDeadline, $"{where}: the deadline moved earlier");
        // BL 24: at least 20 days from the first issue of the documents to the deadline, whatever moved it.
        Assert.True(schedule.BidDeadline >= schedule.SaleStart.AddDays(20), $"{where}: fewer than 20 days to the deadline");
        Assert.True(schedule.SaleEnd > schedule.SaleStart, $"{where}: the sale window closed before it opened");
        var open = state.Suspensions.Count(s => s.Until is null);
        Assert.True(state.Status == TenderStatus.Suspended ? open == 1 : open == 0, $"{where}: {open} open pauses while {state.Status}");
        if (state.Status == TenderStatus.Suspended) Assert.Contains(state.ResumeTo, TenderLifecycle.Running);
        if (state.Status == TenderStatus.BidDeadlinePassed) Assert.True(now >= schedule.BidDeadline, $"{where}: deadline passed early");
        if (state.Status == TenderStatus.Announced) Assert.True(now < schedule.SaleStart, $"{where}: sale should have opened");
        if (state.Status == TenderStatus.DocumentsOnSale) Assert.True(now >= schedule.SaleStart && now < schedule.SaleEnd, $"{where}: sale window");
        if (state.Status == TenderStatus.Tendering) Assert.True(now >= schedule.SaleEnd && now < schedule.BidDeadline, $"{where}: tendering window");
        if (state.Objections.Any(o => o.AnsweredAt is null) && state.Status is not (TenderStatus.Terminated or TenderStatus.BidDeadlinePassed))
            Assert.Equal(TenderStatus.Suspended, state.Status);
        Assert.Equal(state.Documents.Count, state.Documents.Select(d => d.Version).Distinct().Count());
    }
}
