using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>
/// Deterministic guarantee ids, <c>bg:{tenderId}:{bidderId}</c>: one active letter per bidder per tender, so a new letter
/// lodged under the same id replaces the last one.
/// </summary>
public static class GuaranteeIds
{
    private const string Prefix = "bg";

    /// <summary>The guarantee id of <paramref name="bidderId"/> for <paramref name="tenderId"/>.</summary>
    public static string For(string tenderId, string bidderId)
    {
        if (!FeeOrderIds.IsPart(tenderId)) throw new ArgumentException("A tender id is 1-100 visible characters without ':'.", nameof(tenderId));
        if (!FeeOrderIds.IsPart(bidderId)) throw new ArgumentException("A bidder id is 1-100 visible characters without ':'.", nameof(bidderId));
        return $"{Prefix}:{tenderId}:{bidderId}";
    }

    /// <summary>Splits a guarantee id; false when it is not one.</summary>
    public static bool TryParse(string? guaranteeId, out string tenderId, out string bidderId)
    {
        (tenderId, bidderId) = ("", "");
        var parts = guaranteeId?.Split(':');
        if (parts is not { Length: 3 } || parts[0] != Prefix || !FeeOrderIds.IsPart(parts[1]) || !FeeOrderIds.IsPart(parts[2])) return false;
        (tenderId, bidderId) = (parts[1], parts[2]);
        return true;
    }

    /// <summary>The key of the index of every guarantee of one tender (for the centre, supervisors and releases).</summary>
    public static string TenderIndex(string tenderId) => $"guarantees:{tenderId}";

    /// <summary>The notification outbox of an issuing institution, by its unified social credit code: its gateway account (organisation <c>issuer-{code}</c>) reads it at <c>GET /api/v1/notifications</c>.</summary>
    public static string IssuerInbox(string creditCode) => $"issuer-{creditCode}";
}
