namespace TenderHall.Grains.Experts;

/// <summary>One specialty's selection as stored: pseudonyms of members and backups, and how many backups have stepped in.</summary>
public sealed class DrawnSpecialty
{
    /// <summary>Specialty code.</summary>
    public string Specialty { get; set; } = "";

    /// <summary>Members in draw order.</summary>
    public List<string> Members { get; set; } = [];

    /// <summary>Backups in draw order.</summary>
    public List<string> Backups { get; set; } = [];

    /// <summary>Backups already used.</summary>
    public int BackupsUsed { get; set; }

    /// <summary>Experts of the supplementary draw, in the order they were called after the backups ran out.</summary>
    public List<string> Supplementary { get; set; } = [];
}
