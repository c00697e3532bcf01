using TenderHall.Crypto.Merkle;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>
/// Publishes the events a grain wrote to its outbox together with its state, so its state and the log never disagree:
/// an event that an earlier activation may already have appended (it died, or its write failed, after the append) is
/// looked up in the log first, so repairing an outbox never leaves a duplicate leaf.
/// </summary>
public sealed class LogOutbox(ITransparencyLog log, IGrainFactory grains)
{
    /// <summary>The log index of <paramref name="logEvent"/>, appending it unless <paramref name="mayBeLogged"/> and it is already there.</summary>
    public async Task<long> Publish(LogEvent logEvent, bool mayBeLogged)
    {
        if (mayBeLogged && await grains.GetGrain<ILogSequencerGrain>(0).IndexOf(MerkleHash.Leaf(LogEventJson.Encode(logEvent))) is { } index)
            return index;
        return (await log.AppendAsync(logEvent)).Index;
    }
}
