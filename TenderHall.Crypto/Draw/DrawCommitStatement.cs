namespace TenderHall.Crypto.Draw;

/// <summary>What the commit step fixes before the seed is known (docs/experts.md, "Commit").</summary>
/// <param name="TenderId">The tender.</param>
/// <param name="PoolHash">SHA-256 of the frozen, filtered pool (<see cref="DrawHashing.PoolHash"/>).</param>
/// <param name="CommitteeSize">Committee size (≥ 5, odd).</param>
/// <param name="TendereeSeats">Seats of the tenderee's own representatives.</param>
/// <param name="Seats">Seats and backups per specialty, in specialty order.</param>
/// <param name="Rules">The recusal rules applied, as stable strings with their parameters.</param>
/// <param name="SupervisorCommitment">SHA-256 of the supervisor's 32-byte contribution.</param>
public sealed record DrawCommitStatement(
    string TenderId, byte[] PoolHash, int CommitteeSize, int TendereeSeats, IReadOnlyList<SeatRequest> Seats,
    IReadOnlyList<string> Rules, byte[] SupervisorCommitment);
