using TenderHall.Crypto.Merkle;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>
/// Publishes the events a grain wrote to its outbox together with its state, so its state and the log never disagree:
/// an event that an earlier activation may already have appended (it died, or its write failed, after the append) is
/// looked up first, so repairing an outbox never leaves a duplicate leaf.
/// </summary>
public sealed class LogOutbox(ITransparencyLog log, IGrainFactory grains, CommitmentSalts salts)
{
    /// <summary>Where <paramref name="logEvent"/> sits in the log, appending it unless <paramref name="mayBeLogged"/> and it is already there.</summary>
    public async Task<LogReceipt> Publish(LogEvent logEvent, bool mayBeLogged)
    {
        if (mayBeLogged && await Find(logEvent) is { } logged) return logged;
        return await log.AppendAsync(logEvent);
    }

    // The leaf is known without the journal: a commitment's salt is derived from the event (CommitmentSalts), and any
    // other leaf is the event less its address. The journal is written after the append, so an append whose journal
    // write failed is found by its leaf, and the journal entry, which the opening discloses the salt from, is kept now.
    private async Task<LogReceipt?> Find(LogEvent logEvent)
    {
        var salt = salts.For(logEvent);
        var hash = MerkleHash.Leaf(LogEventJson.Encode(SecretEvents.PublicLeaf(logEvent, salt)));
        if (await grains.GetGrain<ILogSequencerGrain>(0).IndexOf(hash) is not { } index) return null;
        var kept = salt is null ? null : Convert.ToBase64String(salt);
        if (kept is not null || logEvent.Data.ContainsKey(SecretEvents.AddressField))
            await grains.GetGrain<IPrivateJournalGrain>(logEvent.Subject).Keep([new PrivateLogEntry { Index = index, Salt = kept, Event = logEvent }]);
        return new LogReceipt(index, Convert.ToHexStringLower(hash), kept);
    }
}
