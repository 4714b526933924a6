using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Beltic.Verification;
using Beltic.Verification.Keys;

namespace Beltic.Benchmarks;

/// <summary>
/// Many credentials at once: the same 256 distinct tokens (first verifications, cache off) verified by one shared
/// verifier on one thread, then split over two; and, as the ceiling, the bare ES256 checks of the same tokens split the
/// same way (one ECDsa per thread). With nothing shared locked, two threads take about half the time (Ratio ≈ 0.5 in
/// each category, i.e. about 2× the throughput) on a machine with two free cores.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
public class ThroughputBenchmarks
{
    private byte[][] _inputs = null!;
    private byte[][] _signatures = null!;
    private ECParameters _public;
    private const int Tokens = 256;
    private string[] _tokens = null!;
    private CredentialVerifier _verifier = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var now = DateTimeOffset.UtcNow;
        _tokens = new string[Tokens];
        for (var i = 0; i < Tokens; i++)
        {
            var payload = new JsonObject
            {
                ["iss"] = "did:web:beltic.com", ["sub"] = $"agent_{i}", ["jti"] = $"urn:uuid:{i}", ["iat"] = now.ToUnixTimeSeconds(), ["exp"] = now.AddDays(90).ToUnixTimeSeconds(),
                ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"), ["type"] = new JsonArray("VerifiableCredential", "BusinessCredential"),
                ["id"] = $"urn:uuid:{i}", ["issuer"] = "did:web:beltic.com", ["credential_type"] = "business",
                ["credentialSubject"] = new JsonObject { ["id"] = $"agent_{i}", ["jurisdiction"] = "US-DE" },
            };
            var input = Base64Url.EncodeToString("""{"alg":"ES256","kid":"k1","typ":"vc+jwt"}"""u8) + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
            _tokens[i] = input + "." + Base64Url.EncodeToString(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        }

        _public = key.ExportParameters(false);
        _inputs = [.. _tokens.Select(t => Encoding.ASCII.GetBytes(t[..t.LastIndexOf('.')]))];
        _signatures = [.. _tokens.Select(t => Base64Url.DecodeFromChars(t.AsSpan(t.LastIndexOf('.') + 1)))];
        var q = _public.Q;
        var jwks = $$"""{"keys":[{"kty":"EC","crv":"P-256","kid":"k1","x":"{{Base64Url.EncodeToString(q.X!)}}","y":"{{Base64Url.EncodeToString(q.Y!)}}"}]}""";
        _verifier = new CredentialVerifier(StaticJwksProvider.FromJson(jwks));
        foreach (var t in _tokens)
        {
            if (!(await _verifier.VerifyAsync(t)).IsValid)
            {
                throw new InvalidOperationException("benchmark token does not verify");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "256 verifications, 1 thread")]
    [BenchmarkCategory("CredentialVerifier")]
    public int OneThread() => Run(0, Tokens);

    [Benchmark(Description = "256 verifications, 2 threads")]
    [BenchmarkCategory("CredentialVerifier")]
    public int TwoThreads() => OnTwoThreads(Run);

    [Benchmark(Baseline = true, Description = "256 bare ECDsa.VerifyData, 1 thread")]
    [BenchmarkCategory("bare ES256")]
    public int BareOneThread() => Bare(0, Tokens);

    [Benchmark(Description = "256 bare ECDsa.VerifyData, 2 threads")]
    [BenchmarkCategory("bare ES256")]
    public int BareTwoThreads() => OnTwoThreads(Bare);

    private static int OnTwoThreads(Func<int, int, int> work)
    {
        var other = new Thread(() => work(Tokens / 2, Tokens));
        other.Start();
        var valid = work(0, Tokens / 2);
        other.Join();
        return valid;
    }

    private int Bare(int from, int to)
    {
        using var key = ECDsa.Create(_public);
        var valid = 0;
        for (var i = from; i < to; i++)
        {
            valid += key.VerifyData(_inputs[i], _signatures[i], HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation) ? 1 : 0;
        }

        return valid;
    }

    private int Run(int from, int to)
    {
        var valid = 0;
        for (var i = from; i < to; i++)
        {
            valid += _verifier.VerifyAsync(_tokens[i]).GetAwaiter().GetResult().IsValid ? 1 : 0;
        }

        return valid;
    }
}
