namespace TenderHall.Grains.Contracts.Complaints;

/// <summary>The keys of the complaint lists, kept in <see cref="Registry.IDirectoryIndexGrain"/>s by <c>ComplaintGrain</c>.</summary>
public static class ComplaintIndexKeys
{
    /// <summary>
    /// The complaints not yet rejected or decided: the supervision department's queue. One list, because complaints are few
    /// and each changes it at most twice; listing never activates a closed case.
    /// </summary>
    public const string Open = "complaint:open";

    /// <summary>The cases one complainant organisation filed, which it alone (and supervision) may read.</summary>
    public static string Complainant(string organizationId) => "complaint-by:" + organizationId;
}
