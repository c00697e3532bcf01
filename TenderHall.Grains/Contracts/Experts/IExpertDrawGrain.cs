using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Experts;

/// <summary>The verifiable expert draw of one tender (key: tender id); docs/experts.md describes every step.</summary>
public interface IExpertDrawGrain : IGrainWithStringKey
{
    /// <summary>The tender's agency requests the draw: the composition is checked and the filtered pool frozen.</summary>
    Task<DrawView> Request(Actor actor, DrawRequest request);

    /// <summary>A supervisor checks in to witness the draw.</summary>
    Task<DrawView> CheckIn(Actor actor);

    /// <summary>The checked-in supervisor commits to a contribution; the commit is logged and anchored to the next checkpoint.</summary>
    Task<DrawView> Commit(Actor actor, byte[] contributionCommitment);

    /// <summary>The supervisor reveals the contribution: the seed is formed, the centre proves and the committee is drawn.</summary>
    Task<DrawView> Contribute(Actor actor, byte[] contribution);

    /// <summary>The draw as <paramref name="actor"/> may see it.</summary>
    Task<DrawView> Get(Actor actor);

    /// <summary>A drawn expert confirms (signing the declaration of no conflict of interest) or declines.</summary>
    Task<DrawView> Respond(Actor actor, bool accept, string? declaration);

    /// <summary>Supervision records a drawn expert absent on the day; the next backup steps in.</summary>
    Task<DrawView> MarkAbsent(Actor actor, string seat);

    /// <summary>
    /// The result is determined (BL 37): the committee, pool, seed parts and proof become public. Called by the award stage,
    /// and meanwhile by supervision or the centre, stating the ground.
    /// </summary>
    Task<DrawView> RevealResult(Actor actor, string ground);

    /// <summary>
    /// The result is determined (BL 37: the award notice): the platform reveals the sealed draw, as <see cref="RevealResult"/>
    /// does. False when the tender holds no sealed or revealed draw; again after the reveal, true and nothing changes.
    /// </summary>
    Task<bool> RevealOnResult(string ground);

    /// <summary>Transparency-log indexes of the draw's entries, in order (the tender's archive proves each).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<long>> LogIndexes();

    /// <summary>The public draw document (JSON) once revealed, else null.</summary>
    Task<string?> PublicDocument();

    /// <summary>The witness attaches the platform-signed draw record (hex SHA-256 of the PDF) listing the recordings' hashes.</summary>
    Task<DrawView> AttachRecord(Actor actor, string recordPdfSha256, IReadOnlyList<SessionRecording> recordings);

    /// <summary>Stores the supervisor's pending countersignature request.</summary>
    Task<DrawView> RequestRecordSignature(Actor actor, RecordSigningRequest request);

    /// <summary>The supervisor's countersignature is checked against their organisation's key and the doubly signed record kept.</summary>
    Task<DrawView> Countersign(Actor actor, byte[] signature, string signedRecordPdfSha256);
}
