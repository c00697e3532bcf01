namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>Keys of the directory indexes behind the officers' desks.</summary>
public static class LicensingDeskKeys
{
    /// <summary>The joint cases whose sub-cases were opened at <paramref name="departmentId"/>.</summary>
    public static string SubCases(string departmentId) => $"licensing:sub-cases:{departmentId}";
}
