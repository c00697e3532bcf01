using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Custody;

/// <summary>What is stored for a tender's opening key: its public key, the threshold and one wrapped share per custodian.</summary>
/// <param name="OpeningKey">Public key bidders seal to.</param>
/// <param name="Threshold">Number of shares needed to rebuild the private key.</param>
/// <param name="Shares">One encrypted share per custodian, in custodian order.</param>
public sealed record CustodyBundle(EncryptionPublicKey OpeningKey, int Threshold, IReadOnlyList<EncryptedShare> Shares);
