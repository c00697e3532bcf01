namespace TenderHall.Grains.Contracts.Opening;

/// <summary>An audio or video file of the session, uploaded to the blob store and named by its hash.</summary>
[GenerateSerializer, Alias("th.SessionRecording")]
public sealed record SessionRecording([property: Id(0)] string Name, [property: Id(1)] string Sha256);
