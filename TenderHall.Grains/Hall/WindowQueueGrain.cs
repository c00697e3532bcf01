using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Hall;

/// <summary>
/// One window's queue of one Beijing day. Thin: checks the day and who acts, asks <see cref="QueueRules"/>, writes, answers;
/// the visitor's only proof is the ticket's rating code, of which only the hash is kept.
/// </summary>
[GrainType("th-window-queue")]
public sealed class WindowQueueGrain(
    [PersistentState("window-queue", StorageNames.Default)] IPersistentState<WindowQueueState> state,
    IGrainFactory grains,
    PlatformClock clock) : Grain, IWindowQueueGrain
{
    private string WindowId => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().LastIndexOf('/')];

    private DateOnly Date => DateOnly.ParseExact(this.GetPrimaryKeyString()[(this.GetPrimaryKeyString().LastIndexOf('/') + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private List<QueueTicket> Tickets => state.State.Tickets;

    /// <inheritdoc />
    public async Task<TicketReceipt> Take(TicketRequest request)
    {
        RequireToday();
        if (await grains.GetGrain<IOrganizationGrain>(WindowId).Get() is not { Kind: OrganizationKind.Department })
            throw RuleViolationException.Of("HALL-WINDOW-NONE", ("window", WindowId));
        var lane = await Lane(request);
        var ticket = QueueRules.Take(Tickets, lane, request.ItemCode, clock.UtcNow);
        var secret = RandomNumberGenerator.GetHexString(32, lowercase: true);
        Tickets.Add(ticket);
        state.State.SecretHashes[ticket.Code] = Hash(secret);
        await Write(() => { });
        if (!state.State.OnBoard)
        {
            await grains.GetGrain<IDirectoryIndexGrain>(HallKeys.WindowsOf(Date)).Add(WindowId);
            state.State.OnBoard = true;
            await state.WriteOrReloadAsync();
        }

        return new TicketReceipt
        {
            WindowId = WindowId, Date = Date, Ticket = QueueRules.Public(Tickets, ticket), Secret = secret,
            Waiting = Tickets.Count(t => t.Status == TicketStatus.Waiting),
        };
    }

    /// <inheritdoc />
    public async Task<QueueTicket> CallNext(string counter, Actor actor)
    {
        RequireOfficer(actor);
        RequireToday();
        QueueTicket? called = null;
        await Write(() => called = QueueRules.CallNext(Tickets, counter, actor.UserName, clock.UtcNow));
        return QueueRules.Public(Tickets, called!);
    }

    /// <inheritdoc />
    public Task<QueueTicket> Recall(string code, Actor actor) => Act(actor, () => QueueRules.Recall(Tickets, code, clock.UtcNow));

    /// <inheritdoc />
    public Task<QueueTicket> NoShow(string code, Actor actor) => Act(actor, () => QueueRules.Close(Tickets, code, TicketStatus.NoShow, actor.UserName, clock.UtcNow));

    /// <inheritdoc />
    public Task<QueueTicket> Serve(string code, Actor actor) => Act(actor, () => QueueRules.Close(Tickets, code, TicketStatus.Served, actor.UserName, clock.UtcNow));

    /// <inheritdoc />
    public Task<QueueTicket> Ticket(string code) => Task.FromResult(QueueRules.Public(Tickets, QueueRules.Find(Tickets, code)));

    /// <inheritdoc />
    public Task<VisitTicket> Visit(string code, string secret)
    {
        var ticket = QueueRules.Find(Tickets, code);
        var expected = Convert.FromHexString(state.State.SecretHashes[ticket.Code]);
        if (!CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(Hash(secret))))
            throw RuleViolationException.Of("HALL-TICKET-SECRET", ("ticket", ticket.Code));
        return Task.FromResult(new VisitTicket(WindowId, Date, ticket.Code, ticket.Status, ticket.Officer));
    }

    /// <inheritdoc />
    public Task<WindowQueueView> Board() => Task.FromResult(QueueRules.Board(WindowId, Date, Tickets));

    /// <inheritdoc />
    public Task<WindowQueueView> Desk(Actor actor)
    {
        RequireOfficer(actor);
        var view = QueueRules.Board(WindowId, Date, Tickets);
        view.Tickets = [.. Tickets.Select(t => { var copy = QueueRules.Public(Tickets, t); (copy.Officer, copy.ItemCode) = (t.Officer, t.ItemCode); return copy; })];
        return Task.FromResult(view);
    }

    // 特事特办: an item flagged for the fast-track window, or a project the centre marked major, goes to the fast-track lane.
    private async Task<QueueLane> Lane(TicketRequest request)
    {
        var fastTrack = false;
        if (request.ItemCode is { } code)
        {
            var item = await grains.GetGrain<ILicensingItemGrain>(code).Get() ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", code));
            // The same windows a case of the item may be received at (ALL 26), so the ticket and the case count for one window.
            if (!ItemWindows.Receives(item, WindowId))
                throw RuleViolationException.Of("HALL-TICKET-ITEM", ("item", code), ("window", WindowId));
            fastTrack = item.MajorProjectFastTrack;
        }

        if (!fastTrack && request.ProjectCode is { } project) fastTrack = await grains.GetGrain<IMajorProjectGrain>(project).IsMajor();
        return fastTrack ? QueueLane.FastTrack : QueueLane.Regular;
    }

    private async Task<QueueTicket> Act(Actor actor, Func<QueueTicket> change)
    {
        RequireOfficer(actor);
        QueueTicket? ticket = null;
        await Write(() => ticket = change());
        return QueueRules.Public(Tickets, ticket!);
    }

    // Durable before it is answered; a refused or failed change leaves no trace because the state is read again.
    private async Task Write(Action change)
    {
        try
        {
            change();
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }

    private void RequireToday()
    {
        var today = BeijingTime.DateOf(clock.UtcNow);
        if (today != Date) throw RuleViolationException.Of("HALL-QUEUE-DAY", ("date", HallKeys.Day(Date)), ("today", HallKeys.Day(today)));
    }

    private void RequireOfficer(Actor actor)
    {
        if (!actor.Is(Roles.WindowOfficer) || actor.OrganizationId != WindowId)
            throw RuleViolationException.Of("HALL-WINDOW-OFFICER", ("window", WindowId));
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
