using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Complaints;

/// <summary>A supervisor's order to suspend the tender for a complaint (BLR 62), kept until the tender carried it out.</summary>
public sealed class ComplaintSuspension
{
    /// <summary>The supervisor's note, as the tender records it.</summary>
    public string Note { get; set; } = "";

    /// <summary>The supervisor who ordered it.</summary>
    public Actor By { get; set; } = Actor.System;
}
