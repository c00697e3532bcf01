using TenderHall.Crypto.Merkle;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>
/// What of an event the public log may show (BL 22, personal information; docs/transparency.md): events that reveal who
/// obtained documents, objected, lodged a letter or bid, or how many did, appear only as a commitment until the opening
/// publishes their salts (a supervisor's acknowledgement of an alarm stays one); no public leaf carries a network
/// address, which the private journal keeps for supervision.
/// </summary>
public static class SecretEvents
{
    /// <summary>The public leaf type of a secret event.</summary>
    public const string CommitmentType = "commitment";

    /// <summary>The data field that carries a network address (private journal only, BLR 40 signals).</summary>
    public const string AddressField = "address";

    /// <summary>Whether <paramref name="logEvent"/> is secret until the opening.</summary>
    public static bool IsSecret(LogEvent logEvent) =>
        logEvent.Type is "bid.received" or "bid.withdrawn" or "tender.question-asked"
        || logEvent.Type.StartsWith("guarantee.", StringComparison.Ordinal)
        || logEvent.Type.StartsWith("tender.objection-", StringComparison.Ordinal)
        // An alarm may name a sealed bid's signals (BLR 40) before the opening: its acknowledgement stays in the journal.
        || logEvent.Type == "supervision.alarm-acknowledged";

    /// <summary>The event as it may be made public: without any network address.</summary>
    public static LogEvent Disclosable(LogEvent logEvent)
    {
        if (!logEvent.Data.ContainsKey(AddressField)) return logEvent;
        var copy = new LogEvent { Type = logEvent.Type, Subject = logEvent.Subject, At = logEvent.At, Actor = logEvent.Actor };
        foreach (var (name, value) in logEvent.Data.Where(p => p.Key != AddressField)) copy.Data[name] = value;
        return copy;
    }

    /// <summary>The public leaf of a secret event: its time and the commitment to its disclosable form under <paramref name="salt"/>.</summary>
    public static LogEvent Commitment(LogEvent logEvent, byte[] salt)
    {
        var leaf = new LogEvent { Type = CommitmentType, At = logEvent.At };
        leaf.Data["commitment"] = LeafCommitment.Compute(salt, LogEventJson.Encode(Disclosable(logEvent)));
        return leaf;
    }

    /// <summary>The public leaf of <paramref name="logEvent"/>: its commitment under <paramref name="salt"/>, or without a salt the event itself, less any address.</summary>
    public static LogEvent PublicLeaf(LogEvent logEvent, byte[]? salt) => salt is null ? Disclosable(logEvent) : Commitment(logEvent, salt);
}
