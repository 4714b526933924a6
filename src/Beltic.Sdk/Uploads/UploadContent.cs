using System.Net;
using System.Net.Http.Headers;

namespace Beltic.Uploads;

/// <summary>
/// The body of a presigned upload: streams the file in 80 KiB chunks, reports bytes sent through
/// <see cref="IProgress{T}"/> (offset by the bytes of earlier files in the same call) and can be sent again from the
/// start when an attempt is retried.
/// </summary>
internal sealed class UploadContent : HttpContent
{
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

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        => _file.ReadChunksAsync(
            async (chunk, sent, ct) =>
            {
                await stream.WriteAsync(chunk, ct).ConfigureAwait(false);
                _progress?.Report(_progressOffset + sent);
            },
            cancellationToken);

    protected override bool TryComputeLength(out long length)
    {
        length = _file.Length;
        return true;
    }
}
