using System.Globalization;
using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Hall;

/// <summary>The rules of one day's queue: plain functions over its tickets, the grain only checks who acts, stores and answers.</summary>
public static class QueueRules
{
    /// <summary>Most tickets a lane gives out in a day (the code has three digits).</summary>
    public const int MaxPerLane = 999;

    /// <summary>A new ticket in <paramref name="lane"/>: numbered from 1 each day in its lane.</summary>
    public static QueueTicket Take(IReadOnlyList<QueueTicket> tickets, QueueLane lane, string? itemCode, DateTimeOffset now)
    {
        var number = tickets.Count(t => t.Lane == lane) + 1;
        if (number > MaxPerLane) throw RuleViolationException.Of("HALL-QUEUE-FULL", ("max", MaxPerLane));
        var prefix = lane == QueueLane.FastTrack ? "V" : "A";
        return new QueueTicket
        {
            Code = prefix + number.ToString("D3", CultureInfo.InvariantCulture), Lane = lane, Status = TicketStatus.Waiting, TakenAt = now, ItemCode = itemCode,
        };
    }

    /// <summary>The waiting tickets in the order they are called: fast-track first, then regular, each oldest first.</summary>
    public static IEnumerable<QueueTicket> CallOrder(IEnumerable<QueueTicket> tickets) =>
        tickets.Where(t => t.Status == TicketStatus.Waiting).OrderByDescending(t => t.Lane == QueueLane.FastTrack).ThenBy(t => t.TakenAt);

    /// <summary>Calls the next ticket to <paramref name="counter"/>.</summary>
    public static QueueTicket CallNext(IReadOnlyList<QueueTicket> tickets, string counter, string officer, DateTimeOffset now)
    {
        var next = CallOrder(tickets).FirstOrDefault() ?? throw RuleViolationException.Of("HALL-QUEUE-EMPTY");
        (next.Status, next.CalledAt, next.Counter, next.Officer) = (TicketStatus.Called, now, counter, officer);
        return next;
    }

    /// <summary>Calls a called ticket again.</summary>
    public static QueueTicket Recall(IReadOnlyList<QueueTicket> tickets, string code, DateTimeOffset now)
    {
        var ticket = Called(tickets, code, "recall");
        ticket.Recalls++;
        ticket.CalledAt = now;
        return ticket;
    }

    /// <summary>Closes a called ticket as served or absent; a served ticket names <paramref name="officer"/>, whom its visit's rating is attributed to.</summary>
    public static QueueTicket Close(IReadOnlyList<QueueTicket> tickets, string code, TicketStatus outcome, string officer, DateTimeOffset now)
    {
        var ticket = Called(tickets, code, outcome == TicketStatus.Served ? "serve" : "no-show");
        (ticket.Status, ticket.ClosedAt) = (outcome, now);
        if (outcome == TicketStatus.Served) ticket.Officer = officer;
        return ticket;
    }

    /// <summary>A copy of the ticket for the public: no officer, and how many wait before it.</summary>
    public static QueueTicket Public(IReadOnlyList<QueueTicket> tickets, QueueTicket ticket) => new()
    {
        Code = ticket.Code, Lane = ticket.Lane, Status = ticket.Status, TakenAt = ticket.TakenAt, CalledAt = ticket.CalledAt, Counter = ticket.Counter,
        Recalls = ticket.Recalls, ClosedAt = ticket.ClosedAt,
        Ahead = ticket.Status == TicketStatus.Waiting ? CallOrder(tickets).TakeWhile(t => t != ticket).Count() : 0,
    };

    /// <summary>The public board of the day's queue.</summary>
    public static WindowQueueView Board(string windowId, DateOnly date, IReadOnlyList<QueueTicket> tickets) => new()
    {
        WindowId = windowId, Date = date,
        Calling = [.. tickets.Where(t => t.Status == TicketStatus.Called).OrderByDescending(t => t.CalledAt).Select(t => Public(tickets, t))],
        WaitingRegular = tickets.Count(t => t.Status == TicketStatus.Waiting && t.Lane == QueueLane.Regular),
        WaitingFastTrack = tickets.Count(t => t.Status == TicketStatus.Waiting && t.Lane == QueueLane.FastTrack),
        Served = tickets.Count(t => t.Status == TicketStatus.Served),
        NoShows = tickets.Count(t => t.Status == TicketStatus.NoShow),
    };

    /// <summary>The ticket <paramref name="code"/>, or HALL-TICKET-NONE.</summary>
    public static QueueTicket Find(IReadOnlyList<QueueTicket> tickets, string code) =>
        tickets.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)) ?? throw RuleViolationException.Of("HALL-TICKET-NONE", ("ticket", code));

    private static QueueTicket Called(IReadOnlyList<QueueTicket> tickets, string code, string action)
    {
        var ticket = Find(tickets, code);
        return ticket.Status == TicketStatus.Called
            ? ticket
            : throw RuleViolationException.Of("HALL-TICKET-STATE", ("ticket", ticket.Code), ("status", ticket.Status), ("action", action));
    }
}
