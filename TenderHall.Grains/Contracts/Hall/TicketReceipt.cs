namespace TenderHall.Grains.Contracts.Hall;

/// <summary>What the visitor gets when taking a ticket: the ticket and, once, the secret that lets the visit be rated.</summary>
[GenerateSerializer, Alias("th.TicketReceipt")]
public sealed class TicketReceipt
{
    /// <summary>The window.</summary>
    [Id(0)] public string WindowId { get; set; } = "";

    /// <summary>The Beijing day the ticket is for.</summary>
    [Id(1)] public DateOnly Date { get; set; }

    /// <summary>The ticket.</summary>
    [Id(2)] public QueueTicket Ticket { get; set; } = new();

    /// <summary>The rating code printed on the slip (128 random bits, hex); the platform keeps only its SHA-256.</summary>
    [Id(3)] public string Secret { get; set; } = "";

    /// <summary>Tickets waiting in the window's queue, this one included.</summary>
    [Id(4)] public int Waiting { get; set; }
}
