using System.Buffers.Text;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Beltic.Testing.Credentials;

/// <summary>
/// The fake's one revocation list (Status List 2021, §11.6): 131,072 entries, bit i MSB-first (byte i/8, mask
/// <c>0x80 &gt;&gt; i%8</c>), GZIP then base64url. Slots are handed out in order and never reused.
/// </summary>
internal sealed class StatusList
{
    public const int Entries = 16_384 * 8;

    private readonly object _gate = new();
    private readonly byte[] _bits = new byte[Entries / 8];
    private int _next = 1;

    public long Allocate()
    {
        lock (_gate)
        {
            if (_next >= Entries)
            {
                throw new InvalidOperationException("The fake's status list is full (131,072 credentials).");
            }

            return _next++;
        }
    }

    public void Set(long index)
    {
        lock (_gate)
        {
            _bits[index / 8] |= (byte)(0x80 >> (int)(index % 8));
        }
    }

    public bool IsSet(long index)
    {
        lock (_gate)
        {
            return (_bits[index / 8] & (0x80 >> (int)(index % 8))) != 0;
        }
    }

    /// <summary>The list as a StatusList2021 credential (unsigned JSON, as offline verifiers accept it).</summary>
    public string Document(string issuer, string url, DateTimeOffset now)
    {
        byte[] snapshot;
        lock (_gate)
        {
            snapshot = (byte[])_bits.Clone();
        }

        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            gzip.Write(snapshot);
        }

        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["id"] = url,
            ["type"] = new JsonArray("VerifiableCredential", "StatusList2021Credential"),
            ["issuer"] = issuer,
            ["validFrom"] = Hosting.FakeHttp.Iso(now),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = url + "#list",
                ["type"] = "StatusList2021",
                ["statusPurpose"] = "revocation",
                ["encodedList"] = Base64Url.EncodeToString(compressed.ToArray()),
            },
        }.ToJsonString();
    }
}
