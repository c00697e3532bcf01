using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Experts;

/// <summary>Stored state of <see cref="ExpertDrawGrain"/>; the pool itself is in the blob store, named by hash.</summary>
public sealed class DrawState
{
    /// <summary>The draw as supervision sees it.</summary>
    public DrawView? View { get; set; }

    /// <summary>Base64 secret that derives each expert's pseudonym salt; never published (only members' salts are).</summary>
    public string PseudonymKey { get; set; } = "";

    /// <summary>Blob hash of the public pool (specialty → sorted pseudonyms).</summary>
    public string PoolBlob { get; set; } = "";

    /// <summary>Blob hash of the private map pseudonym → expert id.</summary>
    public string MembersBlob { get; set; } = "";

    /// <summary>Base64 canonical bytes of the commit log entry.</summary>
    public string? CommitLeaf { get; set; }

    /// <summary>Base64 inclusion proof of the commit leaf in the anchoring checkpoint.</summary>
    public List<string> CommitProof { get; set; } = [];

    /// <summary>The anchoring signed checkpoint.</summary>
    public string? Checkpoint { get; set; }

    /// <summary>The outcome of the selection, per specialty: members then backups, in draw order.</summary>
    public List<DrawnSpecialty> Outcome { get; set; } = [];

    /// <summary>Events written with the state and not yet in the transparency log (an outbox: appended after every write).</summary>
    public List<LogEvent> PendingEvents { get; set; } = [];

    /// <summary>Transparency-log indexes of the draw's events, in order (the tender's archive proves each).</summary>
    public List<long> LogIndexes { get; set; } = [];
}
