using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Clock;

/// <summary>The platform's time, which decides every deadline.</summary>
/// <param name="Now">Platform time (UTC).</param>
/// <param name="BeijingTime">The same instant in Beijing time, in which statutory periods end (CC 201-203).</param>
/// <param name="SandboxFactor">1 in production; above 1 the clock runs that many times faster (demo and training).</param>
public sealed record ClockView(DateTimeOffset Now, DateTimeOffset BeijingTime, double SandboxFactor);
