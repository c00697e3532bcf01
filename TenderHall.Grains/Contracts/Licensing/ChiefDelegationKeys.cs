namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>Keys of <see cref="IChiefDelegationGrain"/>.</summary>
public static class ChiefDelegationKeys
{
    /// <summary>The key of the delegation of <paramref name="userName"/> in <paramref name="departmentId"/>.</summary>
    public static string Of(string departmentId, string userName) => $"{departmentId}/{userName}";
}
