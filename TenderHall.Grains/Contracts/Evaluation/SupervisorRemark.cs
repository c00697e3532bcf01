namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>A supervisor's remark on the evaluation session.</summary>
[GenerateSerializer, Alias("th.SupervisorRemark")]
public sealed record SupervisorRemark([property: Id(0)] string Supervisor, [property: Id(1)] DateTimeOffset At, [property: Id(2)] string Text);
