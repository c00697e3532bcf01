using TenderHall.Crypto.Merkle;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>
/// Publishes the events a grain wrote to its outbox together with its state, so its state and the log never disagree:
/// an event that an earlier activation may already have appended (it died, or its write failed, after the append) is
/// looked up first, so repairing an outbox never leaves a duplicate leaf.
/// </summary>
public sealed class LogOutbox(ITransparencyLog log, IGrainFactory grains)
{
    /// <summary>Where <paramref name="logEvent"/> sits in the log, appending it unless <paramref name="mayBeLogged"/> and it is already there.</summary>
    public async Task<LogReceipt> Publish(LogEvent logEvent, bool mayBeLogged)
    {
        if (mayBeLogged && await Find(logEvent) is { } logged) return logged;
        return await log.AppendAsync(logEvent);
    }

    private async Task<LogReceipt?> Find(LogEvent logEvent)
    {
        if (SecretEvents.IsSecret(logEvent) || logEvent.Data.ContainsKey(SecretEvents.AddressField))
        {
            // Its public leaf is a commitment under a random salt, or lacks the address: the subject's private journal,
            // written with the append, holds the whole event with its index and salt (BL 22).
            var encoded = LogEventJson.Encode(logEvent);
            var kept = (await grains.GetGrain<IPrivateJournalGrain>(logEvent.Subject).Entries())
                .FirstOrDefault(e => LogEventJson.Encode(e.Event).AsSpan().SequenceEqual(encoded));
            if (kept is null) return null;
            var leaf = SecretEvents.PublicLeaf(logEvent, kept.Salt is null ? null : Convert.FromBase64String(kept.Salt));
            return new LogReceipt(kept.Index, Convert.ToHexStringLower(MerkleHash.Leaf(LogEventJson.Encode(leaf))), kept.Salt);
        }

        var hash = MerkleHash.Leaf(LogEventJson.Encode(logEvent));
        return await grains.GetGrain<ILogSequencerGrain>(0).IndexOf(hash) is { } index ? new LogReceipt(index, Convert.ToHexStringLower(hash)) : null;
    }
}
