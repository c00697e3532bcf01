using System.IO.Pipelines;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Payload;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Opening;

/// <summary>
/// Opens one envelope as a stream into the blob store and reads its bid form. Failures are classified by fault
/// (EBM 32): a damaged or mis-sealed envelope is the bidder's; a missing or damaged stored copy is the platform's.
/// </summary>
public sealed class BidDecryptor(IBlobStore blobs)
{
    /// <summary>Decrypts <paramref name="receipt"/>'s envelope with <paramref name="key"/> into a record row.</summary>
    public async Task<OpeningRow> Decrypt(SealedBid receipt, EncryptionKeyPair key, CancellationToken cancellationToken, byte[]? bidderPart = null)
    {
        var row = new OpeningRow { BidderId = receipt.BidderId, EnvelopeSha256 = receipt.EnvelopeSha256 };
        try
        {
            await using var envelope = await blobs.OpenReadAsync(receipt.EnvelopeSha256, cancellationToken)
                                       ?? throw new BlobMissingException(receipt.EnvelopeSha256);
            var payload = await DecryptToStore(envelope, key, bidderPart, cancellationToken);
            await using var stored = await blobs.OpenReadAsync(payload.Sha256Hex, cancellationToken)
                                     ?? throw new BlobMissingException(payload.Sha256Hex);
            var form = (await BidPayloadReader.OpenAsync(stored, cancellationToken)).Form;
            row.Outcome = DecryptionOutcome.Opened;
            row.PayloadSha256 = payload.Sha256Hex;
            row.Price = form.Price;
            row.DurationDays = form.DurationDays;
            row.QualityCommitment = form.QualityCommitment;
            row.DepositStatus = form.DepositReference;
        }
        catch (Exception e) when (e is BlobMissingException or BlobCorruptedException)
        {
            row.Outcome = DecryptionOutcome.WithdrawnNotBidderFault;
            row.FailureCause = "the platform's stored copy of the envelope is missing or damaged: " + e.Message;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or InvalidDataException or FormatException or EndOfStreamException)
        {
            // A failure is the bidder's only if the platform still holds exactly the bytes it received and receipted.
            var stored = await blobs.VerifyAsync(receipt.EnvelopeSha256, cancellationToken);
            var intact = stored.Integrity == BlobIntegrity.Intact;
            row.Outcome = intact ? DecryptionOutcome.RevokedByBidderFault : DecryptionOutcome.WithdrawnNotBidderFault;
            row.FailureCause = intact
                ? "the envelope as the bidder sealed it cannot be opened: " + e.Message
                : $"the platform's stored copy of the envelope is {stored.Integrity.ToString().ToLowerInvariant()}: " + e.Message;
        }

        return row;
    }

    // Decrypts straight into the blob store through a pipe: a large bid never sits whole in memory.
    private async Task<BlobRef> DecryptToStore(Stream envelope, EncryptionKeyPair key, byte[]? bidderPart, CancellationToken cancellationToken)
    {
        var pipe = new Pipe();
        var open = Task.Run(async () =>
        {
            try
            {
                var output = pipe.Writer.AsStream(leaveOpen: true);
                if (bidderPart is null) await SealedEnvelope.OpenAsync(envelope, output, [key], cancellationToken);
                else await SealedEnvelope.OpenAsync(envelope, output, key, bidderPart, cancellationToken);
                await pipe.Writer.CompleteAsync();
            }
            catch (Exception e)
            {
                await pipe.Writer.CompleteAsync(e);
                throw;
            }
        }, cancellationToken);
        BlobRef stored;
        try
        {
            stored = await blobs.PutAsync(pipe.Reader.AsStream(), cancellationToken);
        }
        catch
        {
            // The decryption failure is the cause worth reporting, not the pipe that carried it.
            await open;
            throw;
        }

        await open;
        return stored;
    }

    private sealed class BlobMissingException(string sha256) : IOException($"blob {sha256} is not in the store");
}
