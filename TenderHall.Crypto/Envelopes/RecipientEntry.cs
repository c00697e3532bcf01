namespace TenderHall.Crypto.Envelopes;

/// <summary>A header entry: the content key (or one XOR half of it) wrapped to one public key.</summary>
/// <param name="Role">Whose key this is.</param>
/// <param name="KeyId">8-byte id of the recipient public key.</param>
/// <param name="WrappedKey">Output of <see cref="KeyWrap.KeyWrapper.Wrap"/>.</param>
public sealed record RecipientEntry(RecipientRole Role, byte[] KeyId, byte[] WrappedKey);
