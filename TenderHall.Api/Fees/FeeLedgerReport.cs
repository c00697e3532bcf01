using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Api.Fees;

/// <summary>Ledger balances over a range of China-time days, with the checks that prove them.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Shards">How many ledger shards were read.</param>
/// <param name="EntryCount">Journal entries in the range.</param>
/// <param name="Accounts">Per-account figures.</param>
/// <param name="Proof">Debits equal credits; treasury and escrow balances equal collected minus refunded.</param>
public sealed record FeeLedgerReport(DateOnly From, DateOnly To, int Shards, int EntryCount, IReadOnlyList<AccountBalance> Accounts, FeeLedgerProof Proof);
