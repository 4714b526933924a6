using System.Globalization;
using System.Text.Json.Nodes;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>
/// One data model per token, decided from the payload, and one view of the credential that every step reads: where two
/// sources of the same fact can disagree (top level vs <c>vc</c>, JWT claim vs VC member, header vs payload, nested
/// claims vs subject), they must agree or the credential is rejected.
/// </summary>
public class DataModelTests
{
    private const string Revoked = "revocation";
    private readonly TestIssuer _issuer = new();

    /// <summary>A list with bit 4287 (the canonical payload's index) set and bit 7 clear.</summary>
    private static string ListRevoking4287 => TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 4287));

    private Task<VerificationResult> Verify(string token, string? statusList = null, VerificationContext? ctx = null)
        => Verifiers.Offline(_issuer, statusList ?? ListRevoking4287).VerifyAsync(token, ctx).AsTask();

    private static JsonObject Vc11Body(long statusIndex, DateTimeOffset? expirationDate = null)
    {
        var body = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1"),
            ["type"] = new JsonArray("VerifiableCredential", "AgentAuthorizationCredential"),
            ["issuer"] = TestIssuer.Issuer,
            ["credentialSubject"] = TestIssuer.Payload()["credentialSubject"]!.DeepClone(),
            ["credentialStatus"] = new JsonObject
            {
                ["type"] = "StatusList2021Entry", ["statusPurpose"] = Revoked,
                ["statusListIndex"] = statusIndex.ToString(CultureInfo.InvariantCulture), ["statusListCredential"] = TestIssuer.StatusUrl,
            },
        };
        if (expirationDate is { } until)
        {
            body["expirationDate"] = until.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }

        return body;
    }

    private static JsonObject Vc11Token(long statusIndex = 7)
    {
        var iat = TestIssuer.Now.AddDays(-1).ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = TestIssuer.Issuer, ["sub"] = "agent_widgetcorp_assistant", ["jti"] = "urn:uuid:11", ["nbf"] = iat, ["iat"] = iat,
            ["exp"] = TestIssuer.Now.AddDays(30).ToUnixTimeSeconds(),
            ["vc"] = Vc11Body(statusIndex),
        };
    }

    // ---- VC 2.0 mode is decided by the top-level @context; then `vc` and `vp` are forbidden ----

    [Fact]
    public async Task A_v2_credential_whose_top_level_status_is_revoked_is_not_rescued_by_a_vc_claim_with_a_clear_bit()
    {
        var p = TestIssuer.Payload(); // top-level credentialStatus → index 4287, revoked in the list
        p["vc"] = Vc11Body(statusIndex: 7);  // a VC 1.1 copy pointing at a clear bit

        var r = await Verify(_issuer.Sign(p));

        Assert.False(r.IsValid, r.ToString());
        Assert.Equal(VerificationCodes.InvalidClaims, r.Code);
        Assert.Equal(VerificationStep.Schema, r.FailedStep);
        Assert.Contains("'vc'", r.Message);
    }

    [Fact]
    public async Task A_v2_credential_whose_top_level_validity_has_ended_is_expired_whatever_a_vc_claim_says()
    {
        var p = TestIssuer.Payload();
        p.Remove("exp");
        p["validUntil"] = TestIssuer.Now.AddDays(-2).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        p["vc"] = Vc11Body(statusIndex: 7, expirationDate: TestIssuer.Now.AddYears(5));

        var r = await Verify(_issuer.Sign(p));

        Assert.Equal(VerificationCodes.Expired, r.Code);
        Assert.Equal(VerificationStep.Time, r.FailedStep);
        Assert.Equal(TestIssuer.Now.AddDays(-2).ToUnixTimeSeconds(), r.Credential!.ValidUntil!.Value.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_v2_credential_with_a_vp_claim_is_invalid_claims()
    {
        var p = TestIssuer.Payload();
        p["vp"] = new JsonObject { ["type"] = "VerifiablePresentation" };

        var r = await Verify(_issuer.Sign(p), TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.Equal(VerificationCodes.InvalidClaims, r.Code);
        Assert.Equal(VerificationStep.Schema, r.FailedStep);
    }

    [Fact]
    public async Task A_v2_credential_without_issuer_is_invalid_claims_even_with_iss()
    {
        var p = TestIssuer.Payload();
        p.Remove("issuer"); // `iss` stays: it is the VC 1.1 fallback, not a VC 2.0 issuer

        var r = await Verify(_issuer.Sign(p), TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.Equal(VerificationCodes.InvalidClaims, r.Code);
        Assert.Equal(VerificationStep.Key, r.FailedStep);
        Assert.Contains("issuer", r.Message);
    }

    [Fact]
    public async Task A_v2_credential_with_an_issuer_object_and_no_iss_verifies()
    {
        var p = TestIssuer.Payload();
        p.Remove("iss");
        p["issuer"] = new JsonObject { ["id"] = TestIssuer.Issuer, ["name"] = "Beltic" };

        var r = await Verify(_issuer.Sign(p), TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.True(r.IsValid, r.ToString());
        Assert.Equal(TestIssuer.Issuer, r.Credential!.Issuer);
    }

    // ---- VC 1.1 mode: the credential lives in `vc`, and nothing of it may also sit at the top level ----

    [Fact]
    public async Task A_vc_1_1_credential_reads_its_status_from_vc_and_may_name_its_issuer_by_iss_only()
    {
        var clear = Vc11Token(statusIndex: 7);
        clear["vc"]!.AsObject().Remove("issuer");
        var revoked = Vc11Token(statusIndex: 4287);

        var ok = await Verify(_issuer.Sign(clear, _issuer.Header("JWT")));
        var bad = await Verify(_issuer.Sign(revoked, _issuer.Header("JWT")));

        Assert.True(ok.IsValid, ok.ToString());
        Assert.Equal(TestIssuer.Issuer, ok.Credential!.Issuer);
        Assert.Equal(7, ok.Credential.StatusListIndex);
        Assert.Equal(VerificationCodes.Revoked, bad.Code);
    }

    [Theory]
    [InlineData("credentialStatus")]
    [InlineData("validUntil")]
    [InlineData("credentialSubject")]
    [InlineData("@context")]
    public async Task A_vc_1_1_token_that_also_carries_credential_members_at_the_top_level_is_invalid_claims(string member)
    {
        var p = Vc11Token(statusIndex: 7);
        p[member] = member switch
        {
            "credentialStatus" => TestIssuer.Payload()["credentialStatus"]!.DeepClone(), // → the revoked bit 4287
            "validUntil" => TestIssuer.Now.AddDays(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            "credentialSubject" => new JsonObject { ["id"] = "agent_widgetcorp_assistant", ["permissions"] = new JsonArray() },
            _ => new JsonArray("https://www.w3.org/2018/credentials/v1"),
        };

        var r = await Verify(_issuer.Sign(p, _issuer.Header("JWT")));

        Assert.False(r.IsValid, r.ToString());
        Assert.Equal(VerificationCodes.InvalidClaims, r.Code);
        Assert.Contains(member, r.Message);
    }

    [Fact]
    public async Task A_vc_1_1_payload_under_a_vc_jose_cose_typ_is_invalid_claims()
    {
        var r = await Verify(_issuer.Sign(Vc11Token(), _issuer.Header("vc+jwt")));

        Assert.Equal(VerificationCodes.InvalidClaims, r.Code);
        Assert.Contains("typ", r.Message);
    }

    [Fact]
    public async Task Vc_1_1_registered_claims_and_vc_dates_must_agree()
    {
        var nbfEarlier = Vc11Token();
        nbfEarlier["vc"]!["issuanceDate"] = TestIssuer.Now.AddDays(-20).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var expLater = Vc11Token();
        expLater["vc"]!["expirationDate"] = TestIssuer.Now.AddDays(10).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var agreeing = Vc11Token();
        agreeing["vc"]!["issuanceDate"] = DateTimeOffset.FromUnixTimeSeconds(agreeing["nbf"]!.GetValue<long>()).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        agreeing["vc"]!["expirationDate"] = DateTimeOffset.FromUnixTimeSeconds(agreeing["exp"]!.GetValue<long>()).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        var r1 = await Verify(_issuer.Sign(nbfEarlier, _issuer.Header("JWT")));
        var r2 = await Verify(_issuer.Sign(expLater, _issuer.Header("JWT")));
        var ok = await Verify(_issuer.Sign(agreeing, _issuer.Header("JWT")));

        Assert.Equal((VerificationCodes.InvalidClaims, VerificationStep.Time), (r1.Code, r1.FailedStep!.Value));
        Assert.Contains("issuanceDate", r1.Message);
        Assert.Equal((VerificationCodes.InvalidClaims, VerificationStep.Time), (r2.Code, r2.FailedStep!.Value));
        Assert.Contains("expirationDate", r2.Message);
        Assert.True(ok.IsValid, ok.ToString());
    }

    // ---- other places where two sources of one fact could disagree ----

    [Fact]
    public async Task Credential_type_and_the_type_entry_must_agree()
    {
        var p = TestIssuer.Payload("business");
        p["credential_type"] = "agent_authorization"; // type says BusinessCredential

        var r = await Verify(_issuer.Sign(p), TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.Equal((VerificationCodes.InvalidClaims, VerificationStep.Schema), (r.Code, r.FailedStep!.Value));
        Assert.Contains("credential_type", r.Message);
    }

    [Fact]
    public async Task A_type_naming_two_beltic_credential_types_is_invalid_claims()
    {
        var p = TestIssuer.Payload();
        p.Remove("credential_type");
        p["type"] = new JsonArray("VerifiableCredential", "AgentAuthorizationCredential", "BusinessCredential");

        var r = await Verify(_issuer.Sign(p), TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.Equal((VerificationCodes.InvalidClaims, VerificationStep.Schema), (r.Code, r.FailedStep!.Value));
    }

    [Fact]
    public async Task In_vc_1_1_the_top_level_and_vc_credential_type_must_agree()
    {
        var p = Vc11Token();
        p["credential_type"] = "agent_authorization";
        p["vc"]!["credential_type"] = "business";

        var r = await Verify(_issuer.Sign(p, _issuer.Header("JWT")));

        Assert.Equal((VerificationCodes.InvalidClaims, VerificationStep.Schema), (r.Code, r.FailedStep!.Value));
    }

    [Fact]
    public async Task Nested_claims_and_subject_members_of_the_same_name_must_agree()
    {
        var p = TestIssuer.Payload();
        var subject = p["credentialSubject"]!.AsObject();
        subject["claims"] = new JsonObject
        {
            ["permissions"] = JsonNode.Parse("""[{"resource_type":"wallet","actions":["payment_authorize"]}]"""), // no amount condition
        };
        var same = TestIssuer.Payload();
        same["credentialSubject"]!["claims"] = new JsonObject { ["permissions"] = same["credentialSubject"]!["permissions"]!.DeepClone() };

        var r = await Verify(_issuer.Sign(p), TestIssuer.StatusList(TestIssuer.EncodedList()));
        var ok = await Verify(_issuer.Sign(same), TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.Equal((VerificationCodes.InvalidClaims, VerificationStep.Schema), (r.Code, r.FailedStep!.Value));
        Assert.Contains("permissions", r.Message);
        Assert.True(ok.IsValid, ok.ToString());
    }

    [Fact]
    public async Task More_than_one_credential_subject_is_invalid_claims()
    {
        var p = TestIssuer.Payload();
        var first = p["credentialSubject"]!.DeepClone();
        var second = p["credentialSubject"]!.DeepClone();
        second["id"] = "agent_other";
        p["credentialSubject"] = new JsonArray(first, second);

        var r = await Verify(_issuer.Sign(p), TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.Equal((VerificationCodes.InvalidClaims, VerificationStep.Schema), (r.Code, r.FailedStep!.Value));
    }

    [Theory]
    [InlineData("iss", "\"did:web:evil.example\"")]
    [InlineData("sub", "\"someone_else\"")]
    [InlineData("aud", "\"merchant_9\"")]
    public async Task A_claim_replicated_in_the_header_must_equal_the_payload(string claim, string headerValue)
    {
        var header = $$"""{"alg":"ES256","kid":"k1","typ":"vc+jwt","{{claim}}":{{headerValue}}}""";
        var matching = claim == "iss" ? $$"""{"alg":"ES256","kid":"k1","typ":"vc+jwt","iss":"{{TestIssuer.Issuer}}"}""" : null;

        var r = await Verify(_issuer.Sign(TestIssuer.Payload(), header), TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.False(r.IsValid, r.ToString());
        Assert.Equal(VerificationCodes.InvalidClaims, r.Code);
        Assert.Contains(claim, r.Message);
        if (matching is not null)
        {
            Assert.True((await Verify(_issuer.Sign(TestIssuer.Payload(), matching), TestIssuer.StatusList(TestIssuer.EncodedList()))).IsValid);
        }
    }

    [Fact]
    public void A_transaction_context_naming_a_field_twice_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => TransactionContext.Parse("""{"resource_type":"wallet","transaction_amount":100,"transaction_amount":999999}"""));

        Assert.Contains("transaction_amount", ex.Message);
    }

    // ---- NumericDate: a JSON number out of range is reported as out of range ----

    [Theory]
    [InlineData("1e400")]
    [InlineData("253402300800")]   // 10000-01-01T00:00:00Z
    [InlineData("1779359400000")]  // milliseconds
    public async Task An_out_of_range_numeric_date_says_so(string raw)
    {
        var json = TestIssuer.Payload().ToJsonString();
        var exp = TestIssuer.Payload()["exp"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture);
        var token = _issuer.SignRaw(_issuer.Header(), json.Replace("\"exp\":" + exp, "\"exp\":" + raw, StringComparison.Ordinal));

        var r = await Verify(token, TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.Equal((VerificationCodes.Malformed, VerificationStep.Time), (r.Code, r.FailedStep!.Value));
        Assert.Contains("out of range", r.Message);
        Assert.DoesNotContain("must be a JSON number", r.Message);
        Assert.DoesNotContain("a JSON number of seconds", r.Message);
    }
}
