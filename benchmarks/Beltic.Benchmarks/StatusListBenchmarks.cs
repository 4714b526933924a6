using System.Buffers.Text;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Beltic.Verification.Status;

namespace Beltic.Benchmarks;

/// <summary>
/// Decoding a 16 KB (131,072-entry) status list, the size Beltic serves: <c>StatusListDecoder.Decode</c> against the
/// way it was written before (64 KB scratch buffer, growing MemoryStream, final copy), on the same encodedList.
/// </summary>
[MemoryDiagnoser]
public class StatusListBenchmarks
{
    private const int Cap = 16 * 1024 * 1024;
    private string _encoded = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bits = new byte[16_384];
        new Random(42).NextBytes(bits.AsSpan(0, 512)); // some revocations, the rest clear
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal))
        {
            gz.Write(bits);
        }

        _encoded = Base64Url.EncodeToString(ms.ToArray());
    }

    [Benchmark(Baseline = true, Description = "before: 64 KB chunk + MemoryStream + ToArray")]
    public int Before()
    {
        var compressed = new byte[Base64Url.GetMaxDecodedLength(_encoded.Length)];
        Base64Url.DecodeFromChars(_encoded, compressed, out _, out var written);
        using var input = new MemoryStream(compressed, 0, written);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
        {
            output.Write(chunk, 0, read);
            if (output.Length > Cap)
            {
                return -1;
            }
        }

        return output.ToArray().Length;
    }

    [Benchmark(Description = "StatusListDecoder.Decode (16 KB list)")]
    public int Decode() => StatusListDecoder.Decode(_encoded, Cap, out _)!.Length;
}
