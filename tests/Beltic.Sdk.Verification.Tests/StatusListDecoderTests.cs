using System.Buffers.Binary;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification.Status;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>
/// The decoder sizes its output from the GZIP trailer, which the list's author controls: a lying trailer must change
/// neither the result (zlib checks the trailer, so such a list is refused) nor the cap, which is enforced on the bytes
/// actually produced.
/// </summary>
public class StatusListDecoderTests
{
    private static string Encoded(int length, uint? claimedSize = null)
    {
        var bits = new byte[length];
        bits[7 / 8] |= 0x80 >> 7;
        bits[^1] = 0x01;
        var gzip = TestIssuer.Gzip(bits);
        if (claimedSize is { } claim)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(gzip.AsSpan(gzip.Length - 4), claim);
        }

        return TestIssuer.B64(gzip);
    }

    [Theory]
    [InlineData(16_384)]
    [InlineData(25_000)]
    [InlineData(100_000)]
    public void A_list_decodes_to_exactly_its_own_bytes(int length)
    {
        var bits = StatusListDecoder.Decode(Encoded(length), 16 * 1024 * 1024, out var error);

        Assert.Null(error);
        Assert.Equal(length, bits!.Length);
        Assert.Equal(0x01, bits[7 / 8] & 0x01);
        Assert.Equal(0x01, bits[^1]);
    }

    [Theory]
    [InlineData(16u * 1024 * 1024)] // claims the cap
    [InlineData(1u)]                // claims almost nothing
    [InlineData(0u)]
    public void A_trailer_that_lies_about_the_size_is_refused_not_trusted(uint claim)
    {
        Assert.Null(StatusListDecoder.Decode(Encoded(16_384, claim), 16 * 1024 * 1024, out var error));
        Assert.Contains("not valid GZIP", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(16_384u)] // a bomb that claims to be small: the cap is hit before the trailer is read
    public void The_cap_applies_to_what_is_produced(uint? claim)
    {
        Assert.NotNull(StatusListDecoder.Decode(Encoded(20_000), 20_000, out _));             // exactly the cap
        Assert.Null(StatusListDecoder.Decode(Encoded(20_001), 20_000, out var over));          // one byte over
        Assert.Null(StatusListDecoder.Decode(Encoded(40_000, claim), 20_000, out var error));  // far over
        Assert.Contains("exceeds 20000 bytes", over);
        Assert.Contains("exceeds 20000 bytes", error);
    }

    [Fact]
    public void A_list_shorter_than_the_minimum_is_refused_with_its_length()
    {
        Assert.Null(StatusListDecoder.Decode(Encoded(25), 16 * 1024 * 1024, out var error));
        Assert.Contains("25 bytes", error);
    }
}
