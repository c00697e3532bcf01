namespace TenderHall.Crypto.Custody;

/// <summary>One share of an opening key, wrapped to one custodian; safe to store and publish.</summary>
/// <param name="CustodianKeyId">Key id of the custodian's encryption key.</param>
/// <param name="X">The share's x coordinate (public, lets custodians see which shares they hold).</param>
/// <param name="WrappedShare">The share encoding x||y wrapped with <see cref="KeyWrap.KeyWrapper"/>.</param>
public sealed record EncryptedShare(byte[] CustodianKeyId, byte X, byte[] WrappedShare);
