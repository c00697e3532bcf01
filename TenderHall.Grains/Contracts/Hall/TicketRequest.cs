namespace TenderHall.Grains.Contracts.Hall;

/// <summary>A visitor's request for a ticket: optionally the item and the project, which decide the lane (特事特办).</summary>
[GenerateSerializer, Alias("th.TicketRequest")]
public sealed class TicketRequest
{
    /// <summary>The licensing item the visitor came for (its window must be this window).</summary>
    [Id(0)] public string? ItemCode { get; set; }

    /// <summary>The national code of the visitor's project, when the centre may have marked it as major.</summary>
    [Id(1)] public string? ProjectCode { get; set; }
}
