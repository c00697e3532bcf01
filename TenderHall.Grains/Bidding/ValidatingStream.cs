using System.IO.Pipelines;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Bidding;

/// <summary>
/// Passes a stream through while a validator reads the same bytes alongside, and reports end of stream only once the
/// validator has accepted them. A store reading from it therefore never commits bytes the validator refused: a
/// plaintext bid sent by mistake is never kept, not even for a moment as a blob.
/// </summary>
public sealed class ValidatingStream : ReadOnlyForwardStream
{
    private readonly Stream inner;
    private readonly Pipe pipe = new();
    private readonly Task validation;

    /// <summary>Starts <paramref name="validate"/> over a copy of what is read from <paramref name="inner"/>.</summary>
    public ValidatingStream(Stream inner, Func<Stream, Task> validate)
    {
        this.inner = inner;
        var copy = pipe.Reader.AsStream();
        validation = Task.Run(async () =>
        {
            try
            {
                await validate(copy);
            }
            finally
            {
                // Whatever the validator left unread is drained, so the writer side never waits on it.
                await pipe.Reader.CompleteAsync();
            }
        });
    }

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        if (read == 0)
        {
            await pipe.Writer.CompleteAsync();
            await validation;
            return 0;
        }

        if (validation.IsFaulted) await validation;
        var flushed = await pipe.Writer.WriteAsync(buffer[..read], cancellationToken);
        // The validator stopped reading early: it has its verdict, and a refusal ends the stream now.
        if (flushed.IsCompleted) await validation;
        return read;
    }
}
