namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>What a department head delegates to a chief representative (首席代表授权): items, a money limit, a validity.</summary>
[GenerateSerializer, Alias("th.ChiefDelegation")]
public sealed class ChiefDelegation
{
    /// <summary>The department.</summary>
    [Id(0)] public string DepartmentId { get; set; } = "";

    /// <summary>The chief representative's user name.</summary>
    [Id(1)] public string ChiefUserName { get; set; } = "";

    /// <summary>The items the chief may decide and extend.</summary>
    [Id(2)] public List<string> ItemCodes { get; set; } = [];

    /// <summary>The largest case amount in yuan the chief may decide; null for no amount-bearing cases.</summary>
    [Id(3)] public decimal? MaxAmountYuan { get; set; }

    /// <summary>First day (Beijing) the delegation is valid.</summary>
    [Id(4)] public DateOnly ValidFrom { get; set; }

    /// <summary>Last day (Beijing) the delegation is valid.</summary>
    [Id(5)] public DateOnly ValidUntil { get; set; }

    /// <summary>The department head who granted it.</summary>
    [Id(6)] public string GrantedBy { get; set; } = "";
}
