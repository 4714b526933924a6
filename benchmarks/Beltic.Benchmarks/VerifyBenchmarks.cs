using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Beltic.Benchmarks;

/// <summary>
/// One agent_authorization credential (§11.12 layout, status list decoded once): the seven-step verify of a token the
/// verifier has not seen (signature-verdict cache off) and of one it has (cache on), against the bare ES256 check on
/// the same bytes and IdentityModel's JsonWebTokenHandler on the same token and key.
/// </summary>
[MemoryDiagnoser]
public class VerifyBenchmarks
{
    private ECDsa _key = null!;
    private string _token = null!;
    private byte[] _signingInput = null!;
    private byte[] _signature = null!;
    private CredentialVerifier _verifier = null!;
    private CredentialVerifier _noStatus = null!;
    private CredentialVerifier _cached = null!;
    private VerificationContext _transaction = null!;
    private JsonWebTokenHandler _handler = null!;
    private TokenValidationParameters _parameters = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var now = DateTimeOffset.UtcNow;
        var payload = new JsonObject
        {
            ["iss"] = "did:web:beltic.com", ["sub"] = "agent_widgetcorp_assistant", ["jti"] = "urn:uuid:0b6e", ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(), ["exp"] = now.AddDays(90).ToUnixTimeSeconds(),
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["type"] = new JsonArray("VerifiableCredential", "AgentAuthorizationCredential"),
            ["id"] = "urn:uuid:0b6e", ["issuer"] = "did:web:beltic.com",
            ["validFrom"] = now.ToString("yyyy-MM-ddTHH:mm:ssZ"), ["validUntil"] = now.AddDays(90).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["credential_type"] = "agent_authorization",
            ["credentialSubject"] = JsonNode.Parse("""
                {"id":"agent_widgetcorp_assistant","type":"agent","permissions":[{"resource_type":"wallet","resource_id":"*","actions":["payment_authorize","checkout"],
                 "conditions":[{"field":"transaction_amount","op":"lte","value":50000}]}],"authorized_currencies":["USD"],"spend_limit":{"amount":100000,"currency":"USD","period":"P1M"}}
                """),
            ["credentialStatus"] = JsonNode.Parse("""
                {"id":"https://api.beltic.com/.well-known/status-lists/v1#4287","type":"StatusList2021Entry","statusPurpose":"revocation","statusListIndex":"4287","statusListCredential":"https://api.beltic.com/.well-known/status-lists/v1"}
                """),
        };
        var input = B64(Encoding.UTF8.GetBytes("""{"alg":"ES256","kid":"k1","typ":"vc+jwt"}""")) + "." + B64(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        _signingInput = Encoding.ASCII.GetBytes(input);
        _signature = _key.SignData(_signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        _token = input + "." + B64(_signature);

        var q = _key.ExportParameters(false).Q;
        var jwks = $$$"""{"keys":[{"kty":"EC","crv":"P-256","kid":"k1","x":"{{{B64(q.X!)}}}","y":"{{{B64(q.Y!)}}}","alg":"ES256","use":"sig"}]}""";
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal))
        {
            gz.Write(new byte[16_384]);
        }

        var list = $$$"""{"type":["VerifiableCredential","StatusList2021Credential"],"issuer":"did:web:beltic.com","credentialSubject":{"type":"StatusList2021","statusPurpose":"revocation","encodedList":"{{{B64(ms.ToArray())}}}"}}""";
        _verifier = new CredentialVerifier(StaticJwksProvider.FromJson(jwks), new StaticStatusListProvider().ForAnyUrl(list));
        if (!(await _verifier.VerifyAsync(_token)).IsValid)
        {
            throw new InvalidOperationException("benchmark token does not verify");
        }

        _noStatus = new CredentialVerifier(StaticJwksProvider.FromJson(jwks), null, new CredentialVerifierOptions { CheckStatus = false });
        _cached = new CredentialVerifier(StaticJwksProvider.FromJson(jwks), new StaticStatusListProvider().ForAnyUrl(list), new CredentialVerifierOptions { SignatureCacheSize = 1024 });
        _transaction = new VerificationContext { Transaction = TransactionContext.Create("wallet", "payment_authorize", "wal_123", 12_000, "USD") };
        if (!(await _cached.VerifyAsync(_token)).IsValid || !(await _cached.VerifyAsync(_token, _transaction)).IsValid)
        {
            throw new InvalidOperationException("benchmark token does not verify with the cache on");
        }
        _handler = new JsonWebTokenHandler();
        _parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new ECDsaSecurityKey(ECDsa.Create(_key.ExportParameters(false))) { KeyId = "k1" },
            ValidAlgorithms = ["ES256"],
            ValidIssuer = "did:web:beltic.com",
            ValidateAudience = false,
            ValidateLifetime = true,
        };
        if (!(await _handler.ValidateTokenAsync(_token, _parameters)).IsValid)
        {
            throw new InvalidOperationException("JsonWebTokenHandler rejects the benchmark token");
        }
    }

    [Benchmark(Baseline = true, Description = "ECDsa.VerifyData (bare ES256)")]
    public bool EcdsaOnly() => _key.VerifyData(_signingInput, _signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    [Benchmark(Description = "first verification (7 steps, verdict cache off)")]
    public async Task<bool> BelticVerifier() => (await _verifier.VerifyAsync(_token)).IsValid;

    [Benchmark(Description = "first verification + transaction policy")]
    public async Task<bool> FirstWithTransaction() => (await _verifier.VerifyAsync(_token, _transaction)).IsValid;

    [Benchmark(Description = "repeat verification (signature cache hit)")]
    public async Task<bool> Repeat() => (await _cached.VerifyAsync(_token)).IsValid;

    [Benchmark(Description = "repeat verification + transaction policy")]
    public async Task<bool> RepeatWithTransaction() => (await _cached.VerifyAsync(_token, _transaction)).IsValid;

    [Benchmark(Description = "JsonWebTokenHandler.ValidateTokenAsync")]
    public async Task<bool> IdentityModel() => (await _handler.ValidateTokenAsync(_token, _parameters)).IsValid;

    [Benchmark(Description = "verify without status step")]
    public async Task<bool> NoStatusOnly() => (await _noStatus.VerifyAsync(_token)).IsValid;

    private Beltic.Verification.Schema.CredentialDocument? _document;

    [Benchmark(Description = "step 4 only (time)")]
    public bool TimeOnly()
    {
        _document ??= Document();
        return Beltic.Verification.Schema.TimeValidator.Validate(_document, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(60), true, null, out _) is null;
    }

    [Benchmark(Description = "step 5 only (schema)")]
    public bool SchemaOnly()
    {
        _document ??= Document();
        return Beltic.Verification.Schema.SchemaValidator.Validate(_document, out _) is null;
    }

    private Beltic.Verification.Schema.CredentialDocument Document()
    {
        Beltic.Verification.Jose.JwsParser.TryParse(_token, 65536, out var p);
        return new Beltic.Verification.Schema.CredentialDocument(p!);
    }

    [Benchmark(Description = "step 1 only (parse)")]
    public bool ParseOnly() => Beltic.Verification.Jose.JwsParser.TryParse(_token, 65536, out _) is null;

    [Benchmark(Description = "step 3 only (Es256 wrapper)")]
    public bool SignatureOnly() => Beltic.Verification.Jose.Es256.Verify(_token, _token.LastIndexOf('.'), _token.AsSpan(_token.LastIndexOf('.') + 1), _ecdsa) is null;

    private ECDsa _ecdsa => _key;

    private static string B64(byte[] b) => Base64Url.EncodeToString(b);
}
