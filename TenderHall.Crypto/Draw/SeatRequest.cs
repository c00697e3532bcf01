namespace TenderHall.Crypto.Draw;

/// <summary>The seats of one specialty in a committee, and how many backups to draw for it.</summary>
/// <param name="Specialty">Specialty code.</param>
/// <param name="Seats">Members to draw.</param>
/// <param name="Backups">Backups to draw after them, from the same permutation.</param>
public sealed record SeatRequest(string Specialty, int Seats, int Backups);
