namespace TenderHall.Grains.Contracts.Fees;

/// <summary>One side of a journal entry: a debit or a credit to one account, in fen.</summary>
[GenerateSerializer, Alias("th.JournalLine")]
public sealed record JournalLine([property: Id(0)] FeeAccount Account, [property: Id(1)] long DebitFen, [property: Id(2)] long CreditFen);
