namespace TenderHall.Grains.Storage;

/// <summary>Marks a grain that keeps no grain state and handles its own failures, so <see cref="WritePolicyFilter"/> keeps its activation (and only turns its infrastructure failures into the PLATFORM-UNAVAILABLE refusal).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OwnWritePolicyAttribute : Attribute;
