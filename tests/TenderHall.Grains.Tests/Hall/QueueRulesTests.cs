using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Hall;

namespace TenderHall.Grains.Tests.Hall;

public sealed class QueueRulesTests
{
    private static readonly DateTimeOffset Morning = new(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);

    private static List<QueueTicket> Queue(params QueueLane[] lanes)
    {
        var tickets = new List<QueueTicket>();
        for (var i = 0; i < lanes.Length; i++) tickets.Add(QueueRules.Take(tickets, lanes[i], null, Morning.AddMinutes(i)));
        return tickets;
    }

    [Fact]
    public void Each_lane_is_numbered_from_one_with_its_own_letter()
    {
        var tickets = Queue(QueueLane.Regular, QueueLane.FastTrack, QueueLane.Regular, QueueLane.FastTrack);
        Assert.Equal(["A001", "V001", "A002", "V002"], tickets.Select(t => t.Code));
    }

    [Fact]
    public void Fast_track_tickets_are_called_before_older_regular_ones_each_lane_oldest_first()
    {
        var tickets = Queue(QueueLane.Regular, QueueLane.Regular, QueueLane.FastTrack, QueueLane.FastTrack);
        Assert.Equal(["V001", "V002", "A001", "A002"], QueueRules.CallOrder(tickets).Select(t => t.Code));
        Assert.Equal(3, QueueRules.Public(tickets, tickets[1]).Ahead);
        var called = QueueRules.CallNext(tickets, "2", "officer", Morning.AddHours(1));
        Assert.Equal(("V001", TicketStatus.Called, "2"), (called.Code, called.Status, called.Counter));
        Assert.Null(QueueRules.Public(tickets, called).Officer);
    }

    [Fact]
    public void A_ticket_called_by_one_officer_and_served_by_another_names_who_served_it()
    {
        var tickets = Queue(QueueLane.Regular);
        QueueRules.CallNext(tickets, "1", "caller", Morning);
        Assert.Equal("server", QueueRules.Close(tickets, "A001", TicketStatus.Served, "server", Morning.AddMinutes(9)).Officer);
    }

    [Fact]
    public void Only_a_called_ticket_is_recalled_served_or_marked_absent()
    {
        var tickets = Queue(QueueLane.Regular, QueueLane.Regular);
        var refused = Assert.Throws<RuleViolationException>(() => QueueRules.Close(tickets, "A001", TicketStatus.Served, "officer", Morning));
        Assert.Equal("HALL-TICKET-STATE", refused.Rule);
        QueueRules.CallNext(tickets, "1", "officer", Morning);
        Assert.Equal(1, QueueRules.Recall(tickets, "a001", Morning).Recalls);
        Assert.Equal(TicketStatus.NoShow, QueueRules.Close(tickets, "A001", TicketStatus.NoShow, "officer", Morning).Status);
        Assert.Equal("HALL-TICKET-NONE", Assert.Throws<RuleViolationException>(() => QueueRules.Recall(tickets, "A009", Morning)).Rule);
        QueueRules.CallNext(tickets, "1", "officer", Morning);
        Assert.Equal("HALL-QUEUE-EMPTY", Assert.Throws<RuleViolationException>(() => QueueRules.CallNext(tickets, "1", "officer", Morning)).Rule);
    }

    [Fact]
    public void A_lane_gives_out_at_most_999_tickets_a_day()
    {
        var tickets = new List<QueueTicket>();
        for (var i = 0; i < QueueRules.MaxPerLane; i++) tickets.Add(QueueRules.Take(tickets, QueueLane.Regular, null, Morning));
        Assert.Equal("A999", tickets[^1].Code);
        Assert.Equal("HALL-QUEUE-FULL", Assert.Throws<RuleViolationException>(() => QueueRules.Take(tickets, QueueLane.Regular, null, Morning)).Rule);
        Assert.Equal("V001", QueueRules.Take(tickets, QueueLane.FastTrack, null, Morning).Code);
    }
}
