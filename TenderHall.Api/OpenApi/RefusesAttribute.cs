namespace TenderHall.Api.OpenApi;

/// <summary>
/// Endpoint metadata: statuses an operation refuses with beyond those the OpenAPI document derives from its inputs, its
/// path and its policy (e.g. 403 for wrong credentials and 429 for too many attempts on an anonymous sign-in).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RefusesAttribute(params int[] statuses) : Attribute
{
    /// <summary>The HTTP statuses, each answered with problem details.</summary>
    public IReadOnlyList<int> Statuses { get; } = statuses;
}
