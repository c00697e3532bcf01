namespace TenderHall.Crypto.Draw;

/// <summary>The outcome of one specialty: its members and then its backups, as pseudonyms, in draw order.</summary>
/// <param name="Specialty">Specialty code.</param>
/// <param name="Members">Drawn members.</param>
/// <param name="Backups">Backups, in the order they replace members.</param>
public sealed record SpecialtyDraw(string Specialty, IReadOnlyList<string> Members, IReadOnlyList<string> Backups);
