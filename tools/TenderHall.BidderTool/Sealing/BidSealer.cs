using System.IO.Pipelines;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.Payload;

namespace TenderHall.BidderTool.Sealing;

/// <summary>
/// Seals a bid form and attachment files into an envelope file, streaming: the payload writer fills a pipe that the
/// sealer drains, so memory stays at a few segments however large the attachments are.
/// </summary>
public static class BidSealer
{
    /// <summary>Seals to <paramref name="outputPath"/>; the file appears only when sealing succeeded.</summary>
    public static async Task<SealedEnvelopeInfo> SealAsync(BidForm form, IReadOnlyList<string> attachments, EnvelopeSealOptions options, string outputPath, CancellationToken cancellationToken = default)
    {
        var names = attachments.Select(Path.GetFileName).ToList();
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new InvalidOperationException($"Two attachments are named \"{duplicate.Key}\"; rename one so the opened bid keeps both.");
        if (attachments.FirstOrDefault(a => !File.Exists(a)) is { } missing)
            throw new FileNotFoundException($"The attachment {missing} does not exist.", missing);

        // A half-written envelope must never sit under the final name, where it could be signed and uploaded.
        var partial = outputPath + ".partial";
        var pipe = new Pipe();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var payload = WritePayloadAsync(pipe.Writer, form, attachments, stop.Token);
        SealedEnvelopeInfo info;
        try
        {
            await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            await using (var plaintext = pipe.Reader.AsStream())
                info = await SealedEnvelope.SealAsync(plaintext, output, options, stop.Token);
            await payload;
        }
        catch
        {
            await stop.CancelAsync();
            await payload.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            File.Delete(partial);
            throw;
        }

        File.Move(partial, outputPath, overwrite: true);
        return info;
    }

    private static async Task WritePayloadAsync(PipeWriter pipe, BidForm form, IReadOnlyList<string> attachments, CancellationToken cancellationToken)
    {
        try
        {
            // Let the caller start draining before the first write blocks on the pipe.
            await Task.Yield();
            var stream = pipe.AsStream(leaveOpen: true);
            var writer = new BidPayloadWriter(stream);
            await writer.WriteFormAsync(form, cancellationToken);
            foreach (var path in attachments)
            {
                await using var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
                await writer.AddAttachmentAsync(Path.GetFileName(path), content, content.Length, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
            await stream.FlushAsync(cancellationToken);
            await pipe.CompleteAsync();
        }
        catch (Exception e)
        {
            // The sealer's read then fails with the same cause instead of sealing a truncated payload.
            await pipe.CompleteAsync(e);
            throw;
        }
    }
}
