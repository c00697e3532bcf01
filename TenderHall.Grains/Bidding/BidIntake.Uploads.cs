using System.Security.Cryptography;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Bidding;

/// <summary>Resumable uploads: a 2 GiB bid over a bad line continues from the last byte the platform stored.</summary>
public sealed partial class BidIntake
{
    /// <inheritdoc />
    public async Task<UploadSession> StartUpload(string tenderId, Actor actor, long size)
    {
        var (bidder, _, _) = await Admit(tenderId, actor, null, signed: false);
        var uploadId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return await grains.GetGrain<IBidUploadGrain>(uploadId).Start(tenderId, bidder, size);
    }

    /// <inheritdoc />
    public async Task<UploadSession> Upload(string tenderId, string uploadId, Actor actor)
    {
        var session = await grains.GetGrain<IBidUploadGrain>(uploadId).Get();
        // Someone else's upload is answered exactly like a missing one.
        if (session is null || session.TenderId != tenderId || session.BidderId != actor.OrganizationId)
            throw RuleViolationException.Of("REQ-NOT-FOUND");
        return session;
    }

    /// <inheritdoc />
    public async Task<UploadSession> AppendChunk(string tenderId, string uploadId, Actor actor, long offset, Stream chunk, CancellationToken cancellationToken)
    {
        var session = await Upload(tenderId, uploadId, actor);
        var (_, _, key) = await Admit(tenderId, actor, null, signed: false);
        await RequireChunks(session, cancellationToken);
        var body = offset == 0 ? FirstChunk(tenderId, actor, key, chunk, cancellationToken) : chunk;
        // The chunk is durable before the session counts it, so an acknowledged byte is never lost. Chunks stay staged:
        // completing the upload stores the whole envelope, and an abandoned upload's chunks are swept by age.
        var stored = await blobs.StageAsync(body, clock.UtcNow, cancellationToken);
        return await grains.GetGrain<IBidUploadGrain>(uploadId).Append(session.BidderId, offset, stored.Sha256Hex, stored.Size);
    }

    // Unfinished uploads' chunks are swept once older than TenderHall:Staging:MaxAge (StagingSweeper): an upload paused
    // that long cannot go on, and its bidder is told to start again rather than answered 503 for a part that is gone.
    private async Task RequireChunks(UploadSession session, CancellationToken cancellationToken)
    {
        foreach (var chunk in session.Chunks.Distinct(StringComparer.Ordinal))
            if (!await blobs.ExistsAsync(chunk, cancellationToken))
                throw RuleViolationException.Of("BID-UPLOAD-EXPIRED", ("upload", session.UploadId), ("maxAge", $"{staging.MaxAge.TotalHours:0.##} h"));
    }

    /// <inheritdoc />
    public async Task<BidReceipt> CompleteUpload(string tenderId, string uploadId, Actor actor, string? signature, string? deviceFingerprint, CancellationToken cancellationToken)
    {
        var session = await Upload(tenderId, uploadId, actor);
        if (session.Receipt is { } done) return done;
        if (session.Received != session.Size)
            throw RuleViolationException.Of("BID-UPLOAD", ("expected", session.Received), ("detail", $"only {session.Received} of {session.Size} bytes have arrived"));
        await Admit(tenderId, actor, signature, signed: true);
        await RequireChunks(session, cancellationToken);
        await using var envelope = new ChunkedBlobStream(blobs, session.Chunks);
        var receipt = await Submit(tenderId, actor, envelope, signature, deviceFingerprint, cancellationToken);
        await grains.GetGrain<IBidUploadGrain>(uploadId).Completed(receipt);
        return receipt;
    }
}
