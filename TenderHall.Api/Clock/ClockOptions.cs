namespace TenderHall.Api.Clock;

/// <summary>The <c>TenderHall:Clock</c> section.</summary>
public sealed class ClockOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:Clock";

    /// <summary>Sandbox speed-up; 1 is real time. Refused in the cluster profile.</summary>
    public double SandboxFactor { get; set; } = 1;
}
