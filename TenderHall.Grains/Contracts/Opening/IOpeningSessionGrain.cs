using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Opening;

/// <summary>The opening session of one tender (key: tender id), online at the deadline (EBM 29–33, BLR 44).</summary>
public interface IOpeningSessionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Told by the tender when its effective deadline passed: starts the session without making the tender wait, only if
    /// the tender is open, unpaused and past that deadline (BL 34, BLR 22, BLR 62). Idempotent; retried by a reminder.
    /// </summary>
    [Orleans.Concurrency.OneWay]
    Task Start();

    /// <summary>A supervisor checks in.</summary>
    Task<OpeningView> CheckIn(Actor actor);

    /// <summary>A custodian submits its decrypted share, signed with its registered signing key; at k shares the bids open.</summary>
    Task<OpeningView> SubmitShare(Actor actor, byte x, byte[] share, byte[] signature);

    /// <summary>Bidder-and-quorum: a bidder hands over its part of its envelope's key, signed, and its bid is decrypted.</summary>
    Task<OpeningView> SubmitBidderPart(Actor actor, byte[] part, byte[] signature);

    /// <summary>A bidder confirms its line of the record, or objects (BLR 44).</summary>
    Task<OpeningView> Respond(Actor actor, bool confirm, string? objection);

    /// <summary>The agency answers a bidder's objection on the spot.</summary>
    Task<OpeningView> AnswerObjection(Actor actor, string bidderId, string answer);

    /// <summary>Attaches the platform-signed opening record PDF (stored in the blob store) once every objection is answered.</summary>
    Task<OpeningView> AttachRecord(string recordPdfSha256);

    /// <summary>A checked-in supervisor's signature of the attached record is prepared (replacing an earlier request).</summary>
    Task<OpeningView> RequestRecordSignature(Actor actor, RecordSigningRequest request);

    /// <summary>
    /// The supervisor closes the session with notes, recordings and its signature over the prepared signed attributes;
    /// <paramref name="signedRecordPdfSha256"/> is the record carrying both signatures.
    /// </summary>
    Task<OpeningView> Close(Actor actor, string notes, IReadOnlyList<SessionRecording> recordings, byte[] signature, string signedRecordPdfSha256);

    /// <summary>The public view; reading it never starts the session nor changes anything.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<OpeningView> Get();
}
