namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>Keys of the directory indexes of the item library.</summary>
public static class LicensingDirectoryKeys
{
    /// <summary>The items with a proposal waiting for the centre's review or the provincial government's approval.</summary>
    public const string OpenProposals = "licensing:directory:proposals";
}
