namespace Beltic.Sdk.Tests.Support;

/// <summary>Byte arrays with real magic numbers, for upload tests.</summary>
public static class TestImages
{
    public static byte[] Jpeg(int size) => Fill(size, [0xFF, 0xD8, 0xFF, 0xE0]);

    public static byte[] Png(int size) => Fill(size, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

    public static byte[] Pdf(int size) => Fill(size, "%PDF-1.7\n"u8.ToArray());

    private static byte[] Fill(int size, byte[] magic)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        magic.CopyTo(bytes, 0);
        return bytes;
    }
}

/// <summary>An IProgress that records synchronously (Progress&lt;T&gt; posts to the thread pool, which races assertions).</summary>
public sealed class SyncProgress(List<long> values) : IProgress<long>
{
    public void Report(long value)
    {
        lock (values)
        {
            values.Add(value);
        }
    }
}
