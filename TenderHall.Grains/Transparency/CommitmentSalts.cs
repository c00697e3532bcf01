using TenderHall.Crypto.Merkle;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>
/// The salts of secret events' commitments (<see cref="SecretEvents"/>), derived from a key every silo shares
/// (<see cref="TransparencyLogKey.SaltKey"/>): the same event always gets the same salt, so an outbox that retries an
/// append whose private-journal write failed finds the commitment already logged rather than logging a duplicate.
/// </summary>
public sealed class CommitmentSalts(byte[] key)
{
    /// <summary>The salt of <paramref name="logEvent"/>, or null when it is not secret and its leaf shows it.</summary>
    public byte[]? For(LogEvent logEvent) => SecretEvents.IsSecret(logEvent) ? LeafCommitment.Salt(key, LogEventJson.Encode(logEvent)) : null;
}
