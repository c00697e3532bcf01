using System.Net;
using System.Net.Http.Headers;

namespace TenderHall.BidderTool.Uploads;

/// <summary>A request body that is a slice of a file, read as it is sent (a chunk never sits in memory whole).</summary>
public sealed class FileSliceContent : HttpContent
{
    private readonly string path;
    private readonly long offset;
    private readonly long length;

    /// <summary>Creates the body; nothing is read until the request is sent.</summary>
    public FileSliceContent(string path, long offset, long length)
    {
        this.path = path;
        this.offset = offset;
        this.length = length;
        Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
    }

    /// <inheritdoc/>
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc/>
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        file.Seek(offset, SeekOrigin.Begin);
        var buffer = new byte[1 << 16];
        for (var remaining = length; remaining > 0;)
        {
            var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken);
            if (read == 0) throw new IOException($"{path} became shorter while it was being uploaded.");
            await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            remaining -= read;
        }
    }

    /// <inheritdoc/>
    protected override bool TryComputeLength(out long length)
    {
        length = this.length;
        return true;
    }
}
