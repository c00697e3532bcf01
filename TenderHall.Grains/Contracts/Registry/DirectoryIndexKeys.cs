using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Contracts.Registry;

/// <summary>Keys of the directory index grains.</summary>
public static class DirectoryIndexKeys
{
    /// <summary>The index of organisations of one kind.</summary>
    public static string Organizations(OrganizationKind kind) => $"org:{kind}";

    /// <summary>The index of all experts.</summary>
    public const string Experts = "expert:all";

    /// <summary>The index of experts with one specialty.</summary>
    public static string ExpertsBySpecialty(string specialty) => $"expert:{specialty}";

    /// <summary>The index of registered projects.</summary>
    public const string Projects = "project:all";

    /// <summary>The index of published tenders (announcements).</summary>
    public const string Announcements = "tender:announced";

    /// <summary>The index of licensing items.</summary>
    public const string LicensingItems = "licensing:items";
}
