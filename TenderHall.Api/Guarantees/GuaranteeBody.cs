namespace TenderHall.Api.Guarantees;

/// <summary>A guarantee letter (投标保函) a bidder lodges for a tender's bid deposit.</summary>
/// <param name="TenderId">The tender.</param>
/// <param name="IssuerName">The issuing bank or guarantee institution.</param>
/// <param name="IssuerCreditCode">The issuer's unified social credit code (18 characters).</param>
/// <param name="LetterNumber">The letter number the issuer gave it.</param>
/// <param name="AmountFen">The guaranteed amount in fen; at least the tender's deposit (BLR 26).</param>
/// <param name="ValidFrom">Start of validity; at the bid deadline at the latest.</param>
/// <param name="ValidUntil">End of validity; at the bid deadline at the earliest.</param>
public sealed record GuaranteeBody(
    string? TenderId, string? IssuerName, string? IssuerCreditCode, string? LetterNumber, long? AmountFen, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil);
