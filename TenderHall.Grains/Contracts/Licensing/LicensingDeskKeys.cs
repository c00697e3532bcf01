namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>Keys of the directory indexes behind the officers' desks.</summary>
public static class LicensingDeskKeys
{
    /// <summary>The joint cases whose sub-cases were opened at <paramref name="departmentId"/>.</summary>
    public static string SubCases(string departmentId) => $"licensing:sub-cases:{departmentId}";

    /// <summary>The cases <paramref name="departmentId"/> decides or whose window it is (the desk of the immediate, committed and composite-window modes).</summary>
    public static string Cases(string departmentId) => $"licensing:cases:{departmentId}";
}
