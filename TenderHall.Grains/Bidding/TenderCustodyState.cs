using TenderHall.Grains.Contracts.Bidding;

namespace TenderHall.Grains.Bidding;

/// <summary>Stored state of <see cref="TenderCustodyGrain"/>: the public key and encrypted shares, never the private key.</summary>
public sealed class TenderCustodyState
{
    /// <summary>The public opening key; null until created.</summary>
    public OpeningKeyView? Key { get; set; }

    /// <summary>One encrypted share per custodian.</summary>
    public List<CustodianShare> Shares { get; set; } = [];
}
