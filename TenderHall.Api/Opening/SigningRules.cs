namespace TenderHall.Api.Opening;

/// <summary>The rule codes a countersignature is refused with: one pair for records (EBM 33), one for the contract (EBM 6, BL 46).</summary>
/// <param name="Key">No current registered signing key of that name.</param>
/// <param name="Signature">The signature does not verify over the prepared signed attributes.</param>
public sealed record SigningRules(string Key, string Signature)
{
    /// <summary>The opening record and the draw record, countersigned by supervision.</summary>
    public static readonly SigningRules Record = new("OPEN-RECORD-KEY", "OPEN-RECORD-SIGNATURE");

    /// <summary>The contract, signed by the tenderee and the winner.</summary>
    public static readonly SigningRules Contract = new("CONTRACT-KEY", "CONTRACT-SIGNATURE");
}
