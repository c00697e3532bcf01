using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>
/// The bid intake as the API sees it (EBM 26–29, BLR 35): every bid byte reaches the bid box through here, so the checks,
/// the durable storage and the receipt stay in one place behind the contracts boundary.
/// </summary>
public interface IBidIntake
{
    /// <summary>Stores, validates, counts and receipts the envelope read from <paramref name="envelope"/>.</summary>
    Task<BidReceipt> Submit(string tenderId, Actor actor, Stream envelope, string? signature, string? deviceFingerprint, CancellationToken cancellationToken);

    /// <summary>Checks an envelope without storing anything and returns its header.</summary>
    Task<EnvelopeSelfTest> SelfTest(string tenderId, Actor actor, Stream envelope, CancellationToken cancellationToken);

    /// <summary>Starts a resumable upload of an envelope of <paramref name="size"/> bytes.</summary>
    Task<UploadSession> StartUpload(string tenderId, Actor actor, long size);

    /// <summary>The caller's upload; someone else's answers exactly like a missing one.</summary>
    Task<UploadSession> Upload(string tenderId, string uploadId, Actor actor);

    /// <summary>Stores <paramref name="chunk"/> at <paramref name="offset"/> of the caller's upload.</summary>
    Task<UploadSession> AppendChunk(string tenderId, string uploadId, Actor actor, long offset, Stream chunk, CancellationToken cancellationToken);

    /// <summary>Completes the caller's upload into a bid and returns its receipt.</summary>
    Task<BidReceipt> CompleteUpload(string tenderId, string uploadId, Actor actor, string? signature, string? deviceFingerprint, CancellationToken cancellationToken);

    /// <summary>Withdraws the caller's bid (BLR 35).</summary>
    Task Withdraw(string tenderId, Actor actor);

    /// <summary>The caller's standing, with the receipt of the envelope that counts.</summary>
    Task<BidStatus> Status(string tenderId, Actor actor);

    /// <summary>The caller's own envelope; reading anyone else's is refused (EBM 27) and reported to supervision.</summary>
    Task<Stream> OwnEnvelope(string tenderId, string bidderId, Actor actor, CancellationToken cancellationToken);
}
