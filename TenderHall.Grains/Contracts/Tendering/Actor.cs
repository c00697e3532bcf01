namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>Who asks a grain to act: checked by the grain against what the tender allows that party to do.</summary>
/// <param name="UserName">The signed-in user.</param>
/// <param name="OrganizationId">The organisation the user acts for, if any.</param>
/// <param name="Roles">The user's roles.</param>
/// <param name="Address">Network address of the request (EBM 49 records it).</param>
[GenerateSerializer, Alias("th.Actor")]
public sealed record Actor(
    [property: Id(0)] string UserName,
    [property: Id(1)] string? OrganizationId,
    [property: Id(2)] IReadOnlyList<string> Roles,
    [property: Id(3)] string? Address)
{
    /// <summary>The platform itself, for timed transitions.</summary>
    public static readonly Actor System = new("system", null, [], null);

    /// <summary>Whether the actor holds <paramref name="role"/>.</summary>
    public bool Is(string role) => Roles.Contains(role);
}
