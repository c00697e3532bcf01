namespace TenderHall.Grains.Storage;

/// <summary>Marks a grain that keeps no grain state and handles its own failures, so <see cref="WritePolicyFilter"/> leaves it alone.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OwnWritePolicyAttribute : Attribute;
