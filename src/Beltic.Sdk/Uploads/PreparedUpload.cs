using System.Buffers;
using System.Security.Cryptography;

namespace Beltic.Uploads;

/// <summary>A validated file ready to send: known size and type, replayable from <see cref="Start"/> for retries.</summary>
internal sealed class PreparedUpload(string fileName, string contentType, Stream stream, long start, long length, bool ownsStream) : IAsyncDisposable
{
    private const int ChunkSize = 81920;

    public string FileName { get; } = fileName;

    public string ContentType { get; } = contentType;

    public Stream Stream { get; } = stream;

    public long Start { get; } = start;

    public long Length { get; } = length;

    /// <summary>
    /// Reads the file from <see cref="Start"/> in 80 KiB chunks and hands each to <paramref name="onChunk"/>, which
    /// gets the chunk and the bytes read so far. A file that ends early is an <see cref="IOException"/>.
    /// </summary>
    public async Task ReadChunksAsync(Func<ReadOnlyMemory<byte>, long, CancellationToken, ValueTask> onChunk, CancellationToken cancellationToken)
    {
        Stream.Position = Start;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long done = 0;
            while (done < Length)
            {
                var read = await Stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(ChunkSize, Length - done)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new IOException($"'{FileName}' ended after {done} of its {Length} bytes.");
                }

                done += read;
                await onChunk(buffer.AsMemory(0, read), done, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The whole content as bytes (for small bodies such as multipart evidence); the stream is rewound after.</summary>
    public async Task<byte[]> ReadAllAsync(CancellationToken cancellationToken)
    {
        var all = new byte[Length];
        await ReadChunksAsync(
            (chunk, done, _) =>
            {
                chunk.Span.CopyTo(all.AsSpan((int)(done - chunk.Length)));
                return ValueTask.CompletedTask;
            },
            cancellationToken).ConfigureAwait(false);
        Stream.Position = Start;
        return all;
    }

    /// <summary>Base64 MD5 of the content (the checksum form S3-style storage expects); the stream is rewound after.</summary>
    public async Task<string> ComputeChecksumAsync(CancellationToken cancellationToken)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        await ReadChunksAsync(
            (chunk, _, _) =>
            {
                md5.AppendData(chunk.Span);
                return ValueTask.CompletedTask;
            },
            cancellationToken).ConfigureAwait(false);
        Stream.Position = Start;
        return Convert.ToBase64String(md5.GetHashAndReset());
    }

    public ValueTask DisposeAsync() => ownsStream ? Stream.DisposeAsync() : ValueTask.CompletedTask;
}
