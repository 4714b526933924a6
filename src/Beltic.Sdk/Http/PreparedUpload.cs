using System.Security.Cryptography;

namespace Beltic.Http;

/// <summary>A validated file ready to send: known size and type, replayable from <see cref="Start"/> for retries.</summary>
internal sealed class PreparedUpload(string fileName, string contentType, Stream stream, long start, long length, bool ownsStream) : IAsyncDisposable
{
    public string FileName { get; } = fileName;

    public string ContentType { get; } = contentType;

    public Stream Stream { get; } = stream;

    public long Start { get; } = start;

    public long Length { get; } = length;

    /// <summary>Base64 MD5 of the content (the checksum form S3-style storage expects); the stream is rewound after.</summary>
    public async Task<string> ComputeChecksumAsync(CancellationToken cancellationToken)
    {
        Stream.Position = Start;
        var hash = await MD5.HashDataAsync(new BoundedStream(Stream, Length), cancellationToken).ConfigureAwait(false);
        Stream.Position = Start;
        return Convert.ToBase64String(hash);
    }

    public ValueTask DisposeAsync() => ownsStream ? Stream.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Reads at most <c>length</c> bytes of the inner stream.</summary>
    private sealed class BoundedStream(Stream inner, long length) : Stream
    {
        private long _remaining = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_remaining <= 0)
            {
                return 0;
            }

            var n = inner.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
            _remaining -= n;
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_remaining <= 0)
            {
                return 0;
            }

            var n = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, _remaining)], cancellationToken).ConfigureAwait(false);
            _remaining -= n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
