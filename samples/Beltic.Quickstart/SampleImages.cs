namespace Beltic.Quickstart;

/// <summary>Stand-in image bytes (a JPEG header and noise); real apps read camera output or files.</summary>
internal static class SampleImages
{
    public static byte[] Jpeg(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        bytes[3] = 0xE0;
        return bytes;
    }
}
