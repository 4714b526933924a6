using System.Diagnostics.Metrics;
using System.Numerics;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>
/// The opt-in signature-verdict cache: a hit skips parsing, the schema and ECDSA, never the key lookup, time, status
/// or policy; it is bound to the exact token text and the public key. (The only test class that turns the cache on,
/// so its counters are this class's own.)
/// </summary>
public class SignatureCacheTests
{
    private readonly TestIssuer _issuer = new();

    /// <summary>A key source whose JWKS can be swapped, as an issuer rotating keys would.</summary>
    private sealed class SwappableKeys(string jwks) : IJwksProvider
    {
        public StaticJwksProvider Current { get; set; } = StaticJwksProvider.FromJson(jwks);

        public ValueTask<IssuerKey?> FindKeyAsync(string issuer, string kid, CancellationToken cancellationToken) => Current.FindKeyAsync(issuer, kid, cancellationToken);
    }

    private (CredentialVerifier Verifier, SwappableKeys Keys, StaticStatusListProvider Lists) Cached(int size = 64)
    {
        var keys = new SwappableKeys(_issuer.Jwks());
        var lists = new StaticStatusListProvider().ForAnyUrl(TestIssuer.StatusList(TestIssuer.EncodedList()));
        return (new CredentialVerifier(keys, lists, new CredentialVerifierOptions { SignatureCacheSize = size }, Verifiers.Clock()), keys, lists);
    }

    [Fact]
    public async Task A_key_removed_from_the_jwks_fails_a_cached_token_with_unknown_key()
    {
        var (verifier, keys, _) = Cached();
        var token = _issuer.Sign(TestIssuer.Payload());
        Assert.True((await verifier.VerifyAsync(token)).IsValid);
        Assert.True((await verifier.VerifyAsync(token)).IsValid);

        keys.Current = StaticJwksProvider.FromJson(new TestIssuer("k9").Jwks()); // k1 rotated out

        var r = await verifier.VerifyAsync(token);
        Assert.Equal((VerificationCodes.UnknownKey, VerificationStep.Key), (r.Code, r.FailedStep!.Value));
    }

    [Fact]
    public async Task A_kid_that_now_names_another_key_gets_its_signature_checked_again()
    {
        var (verifier, keys, _) = Cached();
        var token = _issuer.Sign(TestIssuer.Payload());
        Assert.True((await verifier.VerifyAsync(token)).IsValid);

        keys.Current = StaticJwksProvider.FromJson(new TestIssuer("k1").Jwks()); // same kid, different key

        var r = await verifier.VerifyAsync(token);
        Assert.Equal((VerificationCodes.InvalidSignature, VerificationStep.Signature), (r.Code, r.FailedStep!.Value));
    }

    [Fact]
    public async Task A_cached_credential_that_is_then_revoked_fails_at_status()
    {
        var (verifier, _, lists) = Cached();
        var token = _issuer.Sign(TestIssuer.Payload(statusIndex: 7));
        Assert.True((await verifier.VerifyAsync(token)).IsValid);

        lists.ForAnyUrl(TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 7)));

        Assert.Equal(VerificationCodes.Revoked, (await verifier.VerifyAsync(token)).Code);
    }

    [Fact]
    public async Task A_cached_credential_expires_and_is_checked_against_each_calls_audience_and_transaction()
    {
        var (verifier, _, _) = Cached();
        var token = _issuer.Sign(TestIssuer.Payload().Also(p => p["aud"] = "https://shop.example"));
        Assert.True((await verifier.VerifyAsync(token)).IsValid);

        var expired = await verifier.VerifyAsync(token, new VerificationContext { Now = TestIssuer.Now.AddDays(81) });
        var notYet = await verifier.VerifyAsync(token, new VerificationContext { Now = TestIssuer.Now.AddDays(-11) });
        var otherAudience = await verifier.VerifyAsync(token, new VerificationContext { ExpectedAudience = "https://other.example" });
        var overLimit = await verifier.VerifyAsync(token, new VerificationContext { Transaction = TransactionContext.Create("wallet", "payment_authorize", "wal_1", 60_000, "USD") });
        var allowed = await verifier.VerifyAsync(token, new VerificationContext { ExpectedAudience = "https://shop.example", Transaction = TransactionContext.Create("wallet", "checkout", "wal_1", 100, "USD") });

        Assert.Equal(VerificationCodes.Expired, expired.Code);
        Assert.Equal(VerificationCodes.NotYetValid, notYet.Code);
        Assert.Equal(VerificationCodes.AudienceMismatch, otherAudience.Code);
        Assert.Equal(VerificationCodes.PolicyDenied, overLimit.Code);
        Assert.True(allowed.IsValid, allowed.ToString());
        Assert.Equal("agent_widgetcorp_assistant", allowed.Credential!.SubjectId);
    }

    [Fact]
    public async Task A_tampered_or_re_signed_token_never_uses_another_tokens_verdict()
    {
        var (verifier, _, _) = Cached();
        var token = _issuer.Sign(TestIssuer.Payload());
        Assert.True((await verifier.VerifyAsync(token)).IsValid);
        var parts = token.Split('.');

        var otherPayload = TestIssuer.B64(TestIssuer.Payload().Also(p => p["sub"] = "agent_evil").ToJsonString());
        var transplanted = await verifier.VerifyAsync(parts[0] + "." + otherPayload + "." + parts[2]);
        var flippedSignature = await verifier.VerifyAsync(parts[0] + "." + parts[1] + "." + (parts[2][0] == 'A' ? 'B' : 'A') + parts[2][1..]);
        var malleated = await verifier.VerifyAsync(parts[0] + "." + parts[1] + "." + Malleate(parts[2])); // (r, n−s): a valid signature of its own

        Assert.Equal(VerificationCodes.InvalidSignature, transplanted.Code);
        Assert.Equal(VerificationCodes.InvalidSignature, flippedSignature.Code);
        Assert.True(malleated.IsValid, malleated.ToString());
    }

    [Fact]
    public async Task Hits_skip_the_signature_and_a_working_set_within_half_the_capacity_almost_always_hits()
    {
        long hits = 0, misses = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == VerifierDiagnostics.MeterName && instrument.Name.StartsWith("beltic.verifier.signature_cache.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name.EndsWith(".hits", StringComparison.Ordinal))
            {
                Interlocked.Add(ref hits, value);
            }
            else
            {
                Interlocked.Add(ref misses, value);
            }
        });
        listener.Start();

        var (verifier, _, _) = Cached(size: 256);
        var tokens = Enumerable.Range(0, 100).Select(i => _issuer.Sign(TestIssuer.Payload().Also(p => { p["jti"] = $"urn:uuid:{i}"; p["id"] = $"urn:uuid:{i}"; }))).ToArray();
        foreach (var t in tokens)
        {
            Assert.True((await verifier.VerifyAsync(t)).IsValid);
        }

        var (firstHits, firstMisses) = (Interlocked.Read(ref hits), Interlocked.Read(ref misses));
        foreach (var t in tokens)
        {
            Assert.True((await verifier.VerifyAsync(t)).IsValid);
        }

        Assert.Equal((0L, 100L), (firstHits, firstMisses));
        Assert.True(hits >= 90, $"{hits} of 100 repeat verifications hit"); // 8-way sets: ~99 % on average (notes/verifier-perf.md)
    }

    [Fact]
    public void The_cache_size_is_validated()
    {
        var keys = StaticJwksProvider.FromJson(_issuer.Jwks());
        Assert.Throws<ArgumentOutOfRangeException>(() => new CredentialVerifier(keys, null, new CredentialVerifierOptions { SignatureCacheSize = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CredentialVerifier(keys, null, new CredentialVerifierOptions { SignatureCacheSize = (1 << 20) + 1 }));
    }

    /// <summary>(r, s) → (r, n − s) in base64url.</summary>
    private static string Malleate(string signature)
    {
        var bytes = Convert.FromBase64String(signature.Replace('-', '+').Replace('_', '/') + "==");
        var n = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);
        var s = new BigInteger(bytes.AsSpan(32), isUnsigned: true, isBigEndian: true);
        var flipped = (n - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var result = new byte[64];
        bytes.AsSpan(0, 32).CopyTo(result);
        flipped.CopyTo(result.AsSpan(64 - flipped.Length));
        return TestIssuer.B64(result);
    }
}
