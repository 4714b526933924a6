using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace Beltic.Http;

/// <summary>
/// The body of a presigned upload: streams the file in 80 KiB chunks, reports bytes sent through
/// <see cref="IProgress{T}"/> (offset by the bytes of earlier files in the same call) and can be sent again from the
/// start when an attempt is retried.
/// </summary>
internal sealed class UploadContent : HttpContent
{
    private const int ChunkSize = 81920;
    private readonly PreparedUpload _file;
    private readonly IProgress<long>? _progress;
    private readonly long _progressOffset;

    public UploadContent(PreparedUpload file, IProgress<long>? progress, long progressOffset)
    {
        _file = file;
        _progress = progress;
        _progressOffset = progressOffset;
        Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        Headers.ContentLength = file.Length;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        _file.Stream.Position = _file.Start;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long sent = 0;
            while (sent < _file.Length)
            {
                var want = (int)Math.Min(ChunkSize, _file.Length - sent);
                var read = await _file.Stream.ReadAsync(buffer.AsMemory(0, want), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new IOException($"'{_file.FileName}' ended after {sent} of its {_file.Length} bytes while it was being uploaded.");
                }

                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                sent += read;
                _progress?.Report(_progressOffset + sent);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _file.Length;
        return true;
    }
}
