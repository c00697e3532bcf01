namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>
/// The threshold custody of one tender's opening key (key: tender id). The private key exists only in memory while it
/// is split; what is stored is the public key and one share per custodian, each encrypted to that custodian.
/// </summary>
public interface ITenderCustodyGrain : IGrainWithStringKey
{
    /// <summary>Creates the opening key and its shares (the tender calls it while unpublished); repeating the same request returns the same key.</summary>
    Task<OpeningKeyView> Create(CustodyRequest request);

    /// <summary>The public opening key, or null before publication.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<OpeningKeyView?> Get();

    /// <summary>The encrypted share of <paramref name="custodianId"/>; refused for anyone who is not a custodian.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<CustodianShare> ShareOf(string custodianId);
}
