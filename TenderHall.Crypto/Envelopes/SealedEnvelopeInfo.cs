namespace TenderHall.Crypto.Envelopes;

/// <summary>Result of sealing: the header written, the envelope identity and its length.</summary>
/// <param name="Header">The header as written.</param>
/// <param name="EnvelopeHash">SHA-256 of every envelope byte written: the envelope identity.</param>
/// <param name="Length">Total envelope bytes written.</param>
public sealed record SealedEnvelopeInfo(EnvelopeHeader Header, byte[] EnvelopeHash, long Length);
