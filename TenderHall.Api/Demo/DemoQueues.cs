using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Ratings;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Demo;

/// <summary>
/// Today's queues at three windows of the demo hall: tickets served (and rated, one of them badly, its follow-up verified but
/// still open), absent, called to a counter (on the board) and waiting. Through the same grains as the kiosk and the desks; a
/// window whose queue has tickets today is left as it is, so a restart the next day opens that day's hall.
/// </summary>
internal static class DemoQueues
{
    // What becomes of each ticket, in the order taken: served (with its visit's rating, if any), absent, called, or waiting.
    private abstract record Fate;

    private sealed record Served(RatingLevel? Level = null, string Comment = "") : Fate;

    private sealed record Absent : Fate;

    private sealed record Called : Fate;

    private sealed record Waiting : Fate;

    public static async Task SeedAsync(IGrainFactory grains, DateTimeOffset now)
    {
        await Window(grains, now, DemoCases.Window1, "3", "LIC-HOUSING-001",
        [
            new Served(RatingLevel.Satisfied), new Served(RatingLevel.VeryDissatisfied, "等候一个多小时，窗口对补正要求解释不清。"), new Absent(), new Called(), new Waiting(), new Waiting(),
        ]);
        await Window(grains, now, DemoCases.Window2, "1", "LIC-MARKET-001", [new Served(RatingLevel.VerySatisfied), new Called(), new Waiting()]);
        await Window(grains, now, DemoCases.Window3, "7", null, [new Waiting(), new Waiting()]);
    }

    private static async Task Window(IGrainFactory grains, DateTimeOffset now, Actor officer, string counter, string? itemCode, Fate[] fates)
    {
        var windowId = officer.OrganizationId!;
        var date = BeijingTime.DateOf(now);
        var queue = grains.GetGrain<IWindowQueueGrain>(HallKeys.Queue(windowId, date));
        var board = await queue.Board();
        if (board.Calling.Count + board.WaitingRegular + board.WaitingFastTrack + board.Served + board.NoShows > 0) return;

        var receipts = new TicketReceipt[fates.Length];
        for (var i = 0; i < fates.Length; i++) receipts[i] = await queue.Take(new TicketRequest { ItemCode = itemCode });
        for (var i = 0; i < fates.Length && fates[i] is not Waiting; i++)
        {
            var code = (await queue.CallNext(counter, officer)).Code;
            if (fates[i] is Absent) await queue.NoShow(code, officer);
            if (fates[i] is not Served served) continue;
            await queue.Serve(code, officer);
            if (served.Level is not { } level) continue;
            var rating = grains.GetGrain<IRatingGrain>(RatingKeys.OfVisit(windowId, date, code));
            var view = await rating.RateVisit(windowId, date, code, receipts[i].Secret, level, served.Comment);
            if (view.FollowUp is not null) await rating.FollowUp(FollowUpStep.Verified, "已调取窗口录像核实：当日补正告知不清，已约谈窗口人员。", officer);
        }
    }
}
