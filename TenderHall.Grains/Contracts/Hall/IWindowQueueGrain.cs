using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Hall;

/// <summary>
/// One window's queue of one Beijing day (排号, key <see cref="HallKeys.Queue"/>): tickets numbered per lane from 1 each day,
/// fast-track first, every change durable before it is answered.
/// </summary>
public interface IWindowQueueGrain : IGrainWithStringKey
{
    /// <summary>A visitor takes a ticket (today only).</summary>
    Task<TicketReceipt> Take(TicketRequest request);

    /// <summary>The window's officer calls the next ticket to <paramref name="counter"/>: the oldest fast-track one, else the oldest regular one.</summary>
    Task<QueueTicket> CallNext(string counter, Actor actor);

    /// <summary>Calls a called ticket again.</summary>
    Task<QueueTicket> Recall(string code, Actor actor);

    /// <summary>Marks a called ticket absent.</summary>
    Task<QueueTicket> NoShow(string code, Actor actor);

    /// <summary>Marks a called ticket served: its visit may then be rated.</summary>
    Task<QueueTicket> Serve(string code, Actor actor);

    /// <summary>One ticket's public status (code, status, counter, how many are ahead).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<QueueTicket> Ticket(string code);

    /// <summary>The ticket proven by its rating code, for the visit's rating; a wrong code is refused (HALL-TICKET-SECRET).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<VisitTicket> Visit(string code, string secret);

    /// <summary>The public board of the queue.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<WindowQueueView> Board();

    /// <summary>The officers' desk: the board and every ticket (the window's officers only).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<WindowQueueView> Desk(Actor actor);
}
