using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;

namespace Beltic.Sdk.Verification.Tests;

public class PipelineTests
{
    private readonly TestIssuer _issuer = new();

    private async Task<VerificationResult> Verify(string token, VerificationContext? ctx = null, string? statusList = null, Action<CredentialVerifierOptions>? configure = null, string? jwks = null)
        => await Verifiers.Offline(_issuer, statusList, configure, jwks).VerifyAsync(token, ctx);

    private static void AssertFails(VerificationResult r, string code, VerificationStep step)
    {
        Assert.False(r.IsValid, r.ToString());
        Assert.Equal(code, r.Code);
        Assert.Equal(step, r.FailedStep);
        Assert.Equal(7, r.Steps.Count);
        Assert.Equal(VerificationStepStatus.Failed, r.Steps[(int)step - 1].Status);
        Assert.All(r.Steps.Skip((int)step), s => Assert.Equal(VerificationStepStatus.Skipped, s.Status));
        Assert.All(r.Steps.Take((int)step - 1), s => Assert.Equal(VerificationStepStatus.Passed, s.Status));
    }

    [Theory]
    [InlineData("business")]
    [InlineData("user")]
    [InlineData("agent_authorization")]
    [InlineData("outcome_attestation")]
    public async Task A_valid_credential_of_each_type_verifies(string type)
    {
        var r = await Verify(_issuer.Sign(TestIssuer.Payload(type)));

        Assert.True(r.IsValid, r.ToString());
        Assert.Null(r.Code);
        Assert.Equal(type, r.Credential!.CredentialType);
        Assert.Equal(TestIssuer.Issuer, r.Credential.Issuer);
        Assert.Equal("urn:uuid:0b6e0001", r.Credential.Id);
        Assert.Equal(4287, r.Credential.StatusListIndex);
        Assert.Equal("k1", r.Credential.Kid);
        Assert.Equal(TestIssuer.Now.AddDays(80).ToUnixTimeSeconds(), r.Credential.ValidUntil!.Value.ToUnixTimeSeconds());
        Assert.Equal(["parse", "key", "signature", "time", "schema", "status", "policy"], r.Steps.Select(s => s.Name));
        Assert.Equal(VerificationStepStatus.Skipped, r.Steps[6].Status); // no transaction context
    }

    [Fact]
    public async Task A_vc_1_1_token_with_nested_claims_verifies()
    {
        var iat = TestIssuer.Now.AddDays(-1).ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = TestIssuer.Issuer, ["sub"] = "biz_1", ["jti"] = "urn:uuid:1", ["nbf"] = iat, ["exp"] = iat + 86400 * 30,
            ["vc"] = new JsonObject
            {
                ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1"),
                ["type"] = new JsonArray("VerifiableCredential", "BusinessCredential"),
                ["credentialSubject"] = new JsonObject { ["id"] = "biz_1", ["claims"] = new JsonObject { ["jurisdiction"] = "GB" } },
            },
        };

        var r = await Verify(_issuer.Sign(payload, _issuer.Header("JWT")));

        Assert.True(r.IsValid, r.ToString());
        Assert.Equal("business", r.Credential!.CredentialType);
        Assert.Equal("GB", r.Credential.GetClaimString("jurisdiction"));
        Assert.Equal(VerificationStepStatus.Skipped, r.Steps[5].Status); // no credentialStatus
    }

    [Fact]
    public async Task A_did_url_kid_of_the_issuer_matches_the_bare_jwks_kid()
    {
        var r = await Verify(_issuer.Sign(TestIssuer.Payload(), _issuer.Header(kid: "did:web:beltic.com#k1")));
        var foreign = await Verify(_issuer.Sign(TestIssuer.Payload(), _issuer.Header(kid: "did:web:evil.example#k1")));

        Assert.True(r.IsValid, r.ToString());
        AssertFails(foreign, VerificationCodes.UnknownKey, VerificationStep.Key);
    }

    // ---- step 1: parse ----

    public static TheoryData<string, string> MalformedTokens => new()
    {
        { "", "empty" },
        { "abc.def", "three" },
        { "a.b.c.d", "three" },
        { "a.b.c.d.e", "three" },
        { "{\"payload\":\"x\"}", "three" },
        { TestIssuer.B64("{\"alg\":\"ES256\",\"kid\":\"k1\"}") + "=.e30.AAAA", "base64url" },
        { TestIssuer.B64("{\"alg\":\"ES256\",\"kid\":\"k1\"}") + ".e3 0.AAAA", "base64url" },
        { TestIssuer.B64("{\"alg\":\"ES256\",\"kid\":\"k1\"}") + ".e3+0.AAAA", "base64url" },
        { TestIssuer.B64("not json") + ".e30.AAAA", "JSON" },
        { TestIssuer.B64("{\"alg\":\"ES256\",\"kid\":\"k1\"}") + "." + TestIssuer.B64("[1,2]") + ".AAAA", "JSON object" },
        { TestIssuer.B64("{\"alg\":\"ES256\",\"alg\":\"ES256\",\"kid\":\"k1\"}") + ".e30.AAAA", "duplicate" },
    };

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public async Task Structurally_bad_tokens_are_malformed(string token, string expectedMessagePart)
    {
        var r = await Verify(token);

        AssertFails(r, VerificationCodes.Malformed, VerificationStep.Parse);
        Assert.Contains(expectedMessagePart, r.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(r.Credential);
    }

    [Fact]
    public async Task Oversized_tokens_and_byte_order_marks_and_invalid_utf8_are_malformed()
    {
        var big = await Verify(_issuer.Sign(TestIssuer.Payload().Also(p => p["pad"] = new string('x', 70_000))));
        var bom = await Verify(TestIssuer.B64([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"alg\":\"ES256\",\"kid\":\"k1\"}")]) + ".e30.AAAA");
        var utf8 = await Verify(TestIssuer.B64([.. Encoding.UTF8.GetBytes("{\"alg\":\"ES256\",\"kid\":\"k"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")]) + ".e30.AAAA");

        AssertFails(big, VerificationCodes.Malformed, VerificationStep.Parse);
        Assert.Contains("65536", big.Message);
        AssertFails(bom, VerificationCodes.Malformed, VerificationStep.Parse);
        AssertFails(utf8, VerificationCodes.Malformed, VerificationStep.Parse);
    }

    [Fact]
    public async Task A_duplicate_exp_in_the_payload_is_malformed_even_when_signed()
    {
        var payload = TestIssuer.Payload().ToJsonString();
        var dup = payload.Insert(1, $"\"exp\":{TestIssuer.Now.AddDays(-5).ToUnixTimeSeconds()},");

        var r = await Verify(_issuer.SignRaw(_issuer.Header(), dup));

        AssertFails(r, VerificationCodes.Malformed, VerificationStep.Parse);
        Assert.Contains("duplicate", r.Message);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("None")]
    [InlineData("NONE")]
    [InlineData("es256")]
    [InlineData("HS256")]
    [InlineData("RS256")]
    [InlineData("PS256")]
    [InlineData("ES384")]
    [InlineData("ES512")]
    [InlineData("ES256K")]
    [InlineData("EdDSA")]
    public async Task Only_es256_is_accepted(string alg)
    {
        var r = await Verify(_issuer.Sign(TestIssuer.Payload(), _issuer.Header(alg: alg)));

        AssertFails(r, VerificationCodes.UnsupportedAlgorithm, VerificationStep.Parse);
    }

    [Fact]
    public async Task Alg_none_with_an_empty_signature_is_unsupported_algorithm()
    {
        var token = TestIssuer.B64("{\"alg\":\"none\"}") + "." + TestIssuer.B64(TestIssuer.Payload().ToJsonString()) + ".";

        AssertFails(await Verify(token), VerificationCodes.UnsupportedAlgorithm, VerificationStep.Parse);
    }

    [Fact]
    public async Task Hs256_signed_with_the_public_key_bytes_is_rejected()
    {
        // Algorithm confusion: HMAC keyed with the issuer's public key (SPKI DER and raw x||y).
        var header = TestIssuer.B64("{\"alg\":\"HS256\",\"kid\":\"k1\",\"typ\":\"vc+jwt\"}");
        var input = header + "." + TestIssuer.B64(TestIssuer.Payload().ToJsonString());
        var p = _issuer.Key.ExportParameters(false);
        foreach (var secret in new[] { _issuer.Key.ExportSubjectPublicKeyInfo(), [.. p.Q.X!, .. p.Q.Y!] })
        {
            var token = input + "." + TestIssuer.B64(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
            AssertFails(await Verify(token), VerificationCodes.UnsupportedAlgorithm, VerificationStep.Parse);
        }
    }

    [Theory]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k1\",\"crit\":[\"exp\"]}")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k1\",\"crit\":[]}")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k1\",\"b64\":false,\"crit\":[\"b64\"]}")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k1\",\"typ\":\"vp+jwt\"}")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k1\",\"typ\":\"at+jwt\"}")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k1\",\"typ\":\"statuslist+jwt\"}")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k1\",\"cty\":\"JWT\"}")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"k1\",\"zip\":\"DEF\"}")]
    public async Task Forbidden_headers_are_malformed(string header)
    {
        AssertFails(await Verify(_issuer.SignRaw(header, TestIssuer.Payload().ToJsonString())), VerificationCodes.Malformed, VerificationStep.Parse);
    }

    [Theory]
    [InlineData("{\"alg\":\"ES256\"}")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":\"\"}")]
    [InlineData("{\"alg\":\"ES256\",\"kid\":42}")]
    public async Task A_missing_kid_is_reported(string header)
    {
        AssertFails(await Verify(_issuer.SignRaw(header, TestIssuer.Payload().ToJsonString())), VerificationCodes.MissingKid, VerificationStep.Parse);
    }

    [Fact]
    public async Task Header_typ_variants_that_are_credentials_are_accepted()
    {
        foreach (var typ in new[] { "vc+jwt", "application/vc+jwt", "VC+JWT", "vc+ld+json+jwt", "JWT", null })
        {
            var r = await Verify(_issuer.Sign(TestIssuer.Payload(), _issuer.Header(typ)));
            Assert.True(r.IsValid, $"{typ}: {r}");
        }
    }

    // ---- step 2: key ----

    [Fact]
    public async Task An_untrusted_issuer_is_rejected()
    {
        var p = TestIssuer.Payload();
        p["iss"] = "did:web:evil.example";
        p["issuer"] = "did:web:evil.example";

        AssertFails(await Verify(_issuer.Sign(p)), VerificationCodes.UntrustedIssuer, VerificationStep.Key);
    }

    [Fact]
    public async Task A_token_whose_iss_and_issuer_disagree_is_rejected_even_though_a_trusted_key_signed_it()
    {
        var p = TestIssuer.Payload();
        p["issuer"] = "did:web:evil.example";

        var r = await Verify(_issuer.Sign(p));

        AssertFails(r, VerificationCodes.InvalidClaims, VerificationStep.Key);
        Assert.Contains("differ", r.Message);
    }

    [Fact]
    public async Task A_wrong_issuer_token_signed_by_the_trusted_key_fails_for_the_other_issuer()
    {
        // Both issuers trusted; the token claims issuer B but is signed with A's key and A's kid: B's key set has no such key.
        var other = new TestIssuer("kB");
        var p = TestIssuer.Payload();
        p["iss"] = "did:web:partner.example";
        p["issuer"] = "did:web:partner.example";
        var keys = new Beltic.Verification.Keys.StaticJwksProvider(new Dictionary<string, Beltic.Verification.Keys.IssuerKeySet>
        {
            [TestIssuer.Issuer] = Beltic.Verification.Keys.IssuerKeySet.Parse(_issuer.Jwks()),
            ["did:web:partner.example"] = Beltic.Verification.Keys.IssuerKeySet.Parse(other.Jwks()),
        });
        var options = new CredentialVerifierOptions { CheckStatus = false };
        options.TrustedIssuers.Add("did:web:partner.example");
        var verifier = new CredentialVerifier(keys, null, options, Verifiers.Clock());

        AssertFails(await verifier.VerifyAsync(_issuer.Sign(p)), VerificationCodes.UnknownKey, VerificationStep.Key);
    }

    [Fact]
    public async Task Missing_issuer_is_invalid_claims()
    {
        var p = TestIssuer.Payload();
        p.Remove("iss");
        p.Remove("issuer");

        AssertFails(await Verify(_issuer.Sign(p)), VerificationCodes.InvalidClaims, VerificationStep.Key);
    }

    [Fact]
    public async Task An_unknown_kid_is_unknown_key()
        => AssertFails(await Verify(_issuer.Sign(TestIssuer.Payload(), _issuer.Header(kid: "nope"))), VerificationCodes.UnknownKey, VerificationStep.Key);

    [Fact]
    public async Task A_kid_pointing_at_a_key_of_another_curve_is_unknown_key()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var jwks = _issuer.Jwks(TestIssuer.Jwk(p384, "k384", "P-384"));

        var r = await Verify(_issuer.Sign(TestIssuer.Payload(), _issuer.Header(kid: "k384")), jwks: jwks);

        AssertFails(r, VerificationCodes.UnknownKey, VerificationStep.Key);
    }

    [Theory]
    [InlineData("use", "enc")]
    [InlineData("alg", "ES384")]
    [InlineData("d", "AAAA")]
    [InlineData("x", "AAAA")]
    public async Task Unusable_jwks_entries_are_unknown_key(string member, string value)
    {
        var jwk = TestIssuer.Jwk(_issuer.Key, "k1");
        jwk[member] = value;
        var jwks = new JsonObject { ["keys"] = new JsonArray(jwk) }.ToJsonString();

        AssertFails(await Verify(_issuer.Sign(TestIssuer.Payload()), jwks: jwks), VerificationCodes.UnknownKey, VerificationStep.Key);
    }

    [Fact]
    public async Task An_off_curve_point_and_a_duplicate_kid_are_unknown_key()
    {
        var offCurve = TestIssuer.Jwk(_issuer.Key, "k1");
        var y = Convert.FromBase64String(Base64Pad(offCurve["y"]!.GetValue<string>()));
        y[^1] ^= 1;
        offCurve["y"] = TestIssuer.B64(y);
        var off = new JsonObject { ["keys"] = new JsonArray(offCurve) }.ToJsonString();
        var dup = _issuer.Jwks(TestIssuer.Jwk(_issuer.Key, "k1"));

        AssertFails(await Verify(_issuer.Sign(TestIssuer.Payload()), jwks: off), VerificationCodes.UnknownKey, VerificationStep.Key);
        AssertFails(await Verify(_issuer.Sign(TestIssuer.Payload()), jwks: dup), VerificationCodes.UnknownKey, VerificationStep.Key);
    }

    [Fact]
    public async Task Header_supplied_keys_and_urls_are_never_used()
    {
        using var attacker = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var header = new JsonObject
        {
            ["alg"] = "ES256", ["kid"] = "attacker", ["jku"] = "https://evil.example/jwks.json",
            ["jwk"] = TestIssuer.Jwk(attacker, "attacker"), ["x5u"] = "https://evil.example/cert",
        }.ToJsonString();

        var r = await Verify(_issuer.SignRaw(header, TestIssuer.Payload().ToJsonString(), attacker));

        AssertFails(r, VerificationCodes.UnknownKey, VerificationStep.Key);
    }

    // ---- step 3: signature ----

    [Fact]
    public async Task A_tampered_payload_fails_the_signature()
    {
        var token = _issuer.Sign(TestIssuer.Payload());
        var parts = token.Split('.');
        var tampered = TestIssuer.Payload();
        tampered["credentialSubject"]!["spend_limit"]!["amount"] = 99_999_999;
        var forged = parts[0] + "." + TestIssuer.B64(tampered.ToJsonString()) + "." + parts[2];

        AssertFails(await Verify(forged), VerificationCodes.InvalidSignature, VerificationStep.Signature);
    }

    [Fact]
    public async Task Another_keys_signature_under_our_kid_fails()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        AssertFails(await Verify(_issuer.SignRaw(_issuer.Header(), TestIssuer.Payload().ToJsonString(), other)), VerificationCodes.InvalidSignature, VerificationStep.Signature);
    }

    [Fact]
    public async Task Zero_out_of_range_and_der_signatures_fail()
    {
        var token = _issuer.Sign(TestIssuer.Payload());
        var input = token[..token.LastIndexOf('.')];
        var sig = Convert.FromBase64String(Base64Pad(token[(token.LastIndexOf('.') + 1)..]));
        byte[] n = Convert.FromHexString("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
        var der = _issuer.Key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        foreach (var bad in new[] { new byte[64], [.. sig[..32], .. n], [.. n, .. sig[32..]], [.. new byte[32], .. sig[32..]], der, sig[..63] })
        {
            AssertFails(await Verify(input + "." + TestIssuer.B64(bad)), VerificationCodes.InvalidSignature, VerificationStep.Signature);
        }
    }

    [Fact]
    public async Task A_malleated_high_s_twin_is_still_valid()
    {
        var token = _issuer.Sign(TestIssuer.Payload());
        var input = token[..token.LastIndexOf('.')];
        var sig = Convert.FromBase64String(Base64Pad(token[(token.LastIndexOf('.') + 1)..]));
        var n = new System.Numerics.BigInteger(Convert.FromHexString("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"), isUnsigned: true, isBigEndian: true);
        var s = new System.Numerics.BigInteger(sig[32..], isUnsigned: true, isBigEndian: true);
        var twinS = (n - s).ToByteArray(isUnsigned: true, isBigEndian: true);
        var twin = sig[..32].Concat(new byte[32 - twinS.Length]).Concat(twinS).ToArray();

        Assert.True((await Verify(input + "." + TestIssuer.B64(twin))).IsValid);
    }

    // ---- step 4: time ----

    [Fact]
    public async Task Expiry_is_checked_at_the_skew_boundary()
    {
        var skew = TimeSpan.FromSeconds(60);
        foreach (var (offset, valid) in new[] { (-skew + TimeSpan.FromSeconds(1), true), (-skew, false), (-skew - TimeSpan.FromSeconds(1), false) })
        {
            var p = TestIssuer.Payload();
            p["exp"] = (TestIssuer.Now + offset).ToUnixTimeSeconds();
            p.Remove("validUntil");
            var r = await Verify(_issuer.Sign(p));
            if (valid)
            {
                Assert.True(r.IsValid, $"{offset}: {r}");
            }
            else
            {
                AssertFails(r, VerificationCodes.Expired, VerificationStep.Time);
            }
        }
    }

    [Fact]
    public async Task Not_before_is_checked_at_the_skew_boundary()
    {
        var skew = TimeSpan.FromSeconds(60);
        foreach (var (offset, valid) in new[] { (skew, true), (skew + TimeSpan.FromSeconds(1), false) })
        {
            var p = TestIssuer.Payload();
            p["nbf"] = (TestIssuer.Now + offset).ToUnixTimeSeconds();
            p["iat"] = (TestIssuer.Now + offset).ToUnixTimeSeconds();
            p.Remove("validFrom");
            var r = await Verify(_issuer.Sign(p));
            if (valid)
            {
                Assert.True(r.IsValid, $"{offset}: {r}");
            }
            else
            {
                AssertFails(r, VerificationCodes.NotYetValid, VerificationStep.Time);
            }
        }
    }

    [Fact]
    public async Task Valid_until_applies_even_when_exp_is_later()
    {
        var p = TestIssuer.Payload();
        p["validUntil"] = TestIssuer.Now.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssZ");

        AssertFails(await Verify(_issuer.Sign(p)), VerificationCodes.Expired, VerificationStep.Time);
    }

    [Fact]
    public async Task String_times_are_malformed_and_bad_dates_are_invalid_claims()
    {
        var p = TestIssuer.Payload();
        p["exp"] = TestIssuer.Now.AddDays(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var q = TestIssuer.Payload();
        q["validFrom"] = "yesterday";

        AssertFails(await Verify(_issuer.Sign(p)), VerificationCodes.Malformed, VerificationStep.Time);
        AssertFails(await Verify(_issuer.Sign(q)), VerificationCodes.InvalidClaims, VerificationStep.Time);
    }

    [Fact]
    public async Task No_expiry_is_allowed_by_default_and_refused_when_required()
    {
        var p = TestIssuer.Payload();
        p.Remove("exp");
        p.Remove("validUntil");
        var token = _issuer.Sign(p);

        Assert.True((await Verify(token)).IsValid);
        AssertFails(await Verify(token, configure: o => o.AllowNoExpiry = false), VerificationCodes.Expired, VerificationStep.Time);
    }

    [Fact]
    public async Task Audience_is_checked_only_when_expected()
    {
        var p = TestIssuer.Payload();
        p["aud"] = new JsonArray("merchant_1", "merchant_2");
        var token = _issuer.Sign(p);

        Assert.True((await Verify(token)).IsValid);
        Assert.True((await Verify(token, new VerificationContext { ExpectedAudience = "merchant_2" })).IsValid);
        AssertFails(await Verify(token, new VerificationContext { ExpectedAudience = "merchant_3" }), VerificationCodes.AudienceMismatch, VerificationStep.Time);
        AssertFails(await Verify(_issuer.Sign(TestIssuer.Payload()), new VerificationContext { ExpectedAudience = "merchant_1" }), VerificationCodes.AudienceMismatch, VerificationStep.Time);
    }

    [Fact]
    public async Task The_evaluation_instant_can_be_overridden()
    {
        var r = await Verify(_issuer.Sign(TestIssuer.Payload()), new VerificationContext { Now = TestIssuer.Now.AddDays(200) });

        AssertFails(r, VerificationCodes.Expired, VerificationStep.Time);
    }

    // ---- step 5: schema ----

    public static TheoryData<string, Action<JsonObject>> SchemaBreakers => new()
    {
        { "context", p => p["@context"] = new JsonArray("https://example.com/other") },
        { "type", p => p["type"] = new JsonArray("AgentAuthorizationCredential") },
        { "subject", p => p.Remove("credentialSubject") },
        { "subject id", p => p["credentialSubject"]!.AsObject().Remove("id") },
        { "sub", p => p["sub"] = "someone_else" },
        { "permissions empty", p => p["credentialSubject"]!["permissions"] = new JsonArray() },
        { "actions", p => p["credentialSubject"]!["permissions"]![0]!["actions"] = new JsonArray() },
        { "permissions string", p => p["credentialSubject"]!["permissions"] = "all" },
        { "unknown type", p => { p["credential_type"] = "mystery"; } },
        { "vc claim in v2", p => p["vc"] = new JsonObject() },
    };

    [Theory]
    [MemberData(nameof(SchemaBreakers))]
    public async Task A_correctly_signed_token_with_a_wrong_shape_fails_the_schema(string label, Action<JsonObject> breakIt)
    {
        var p = TestIssuer.Payload();
        breakIt(p);

        var r = await Verify(_issuer.Sign(p));

        Assert.True(r.Code == VerificationCodes.InvalidClaims, $"{label}: {r}");
        Assert.Equal(VerificationStep.Schema, r.FailedStep);
    }

    [Theory]
    [InlineData("business", "jurisdiction")]
    [InlineData("user", "kyc_status")]
    [InlineData("user", "id_document_country")]
    [InlineData("outcome_attestation", "attestation_type")]
    public async Task Required_claims_per_type(string type, string claim)
    {
        var p = TestIssuer.Payload(type);
        p["credentialSubject"]!.AsObject().Remove(claim);

        AssertFails(await Verify(_issuer.Sign(p)), VerificationCodes.InvalidClaims, VerificationStep.Schema);
    }

    [Fact]
    public async Task A_wrong_json_type_or_trust_level_fails_the_schema()
    {
        var p = TestIssuer.Payload("business");
        p["credentialSubject"]!["jurisdiction"] = 42;
        var q = TestIssuer.Payload("user");
        q["credentialSubject"]!["trust_level"] = "best_friend";

        AssertFails(await Verify(_issuer.Sign(p)), VerificationCodes.InvalidClaims, VerificationStep.Schema);
        AssertFails(await Verify(_issuer.Sign(q)), VerificationCodes.InvalidClaims, VerificationStep.Schema);
    }

    private static string Base64Pad(string b64url)
    {
        var s = b64url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - (s.Length % 4)) % 4);
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject o, Action<JsonObject> change)
    {
        change(o);
        return o;
    }
}
