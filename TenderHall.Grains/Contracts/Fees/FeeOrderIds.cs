namespace TenderHall.Grains.Contracts.Fees;

/// <summary>
/// Deterministic fee order ids, <c>{doc|dep|lic}:{subjectId}:{payerId}</c> (e.g. <c>doc:T-2026-001:bidder-07</c>), so anyone
/// who knows the purpose, subject and payer can read the order, e.g. a tender checking that a bidder paid for the documents.
/// </summary>
public static class FeeOrderIds
{
    /// <summary>Longest subject or payer id.</summary>
    public const int MaxPartLength = 100;

    /// <summary>The order id of <paramref name="payerId"/> paying for <paramref name="purpose"/> of <paramref name="subjectId"/>.</summary>
    public static string For(FeePurpose purpose, string subjectId, string payerId)
    {
        if (!IsPart(subjectId)) throw new ArgumentException("A subject id is 1-100 visible characters without ':'.", nameof(subjectId));
        if (!IsPart(payerId)) throw new ArgumentException("A payer id is 1-100 visible characters without ':'.", nameof(payerId));
        return $"{Prefix(purpose)}:{subjectId}:{payerId}";
    }

    /// <summary>Splits an order id into its parts; false when it is not one.</summary>
    public static bool TryParse(string? orderId, out FeePurpose purpose, out string subjectId, out string payerId)
    {
        (purpose, subjectId, payerId) = (default, "", "");
        var parts = orderId?.Split(':');
        if (parts is not { Length: 3 } || !IsPart(parts[1]) || !IsPart(parts[2])) return false;
        FeePurpose? parsed = parts[0] switch
        {
            "doc" => FeePurpose.DocumentFee,
            "dep" => FeePurpose.BidDeposit,
            "lic" => FeePurpose.LicensingFee,
            _ => null,
        };
        if (parsed is null) return false;
        (purpose, subjectId, payerId) = (parsed.Value, parts[1], parts[2]);
        return true;
    }

    /// <summary>Whether <paramref name="part"/> can be a subject or payer id.</summary>
    public static bool IsPart(string? part) =>
        part is { Length: > 0 and <= MaxPartLength } && part.All(c => c is > ' ' and <= '~' or > '\u00a0') && !part.Contains(':');

    /// <summary>The key of the index of all orders of one subject (BL 22: readable by the centre and supervisors only).</summary>
    public static string SubjectIndex(string subjectId) => $"fees:{subjectId}";

    /// <summary>The key of the index of all orders one payer opened (its own "my bids", read by it, the centre and supervisors).</summary>
    public static string PayerIndex(string payerId) => $"fees-payer:{payerId}";

    private static string Prefix(FeePurpose purpose) => purpose switch
    {
        FeePurpose.DocumentFee => "doc",
        FeePurpose.BidDeposit => "dep",
        FeePurpose.LicensingFee => "lic",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown fee purpose."),
    };
}
