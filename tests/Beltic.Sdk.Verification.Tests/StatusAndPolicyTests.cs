using System.Text.Json.Nodes;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;

namespace Beltic.Sdk.Verification.Tests;

public class StatusAndPolicyTests
{
    private readonly TestIssuer _issuer = new();

    private Task<VerificationResult> Verify(JsonObject payload, string? statusList, VerificationContext? ctx = null, Action<CredentialVerifierOptions>? configure = null)
        => Verifiers.Offline(_issuer, statusList, configure).VerifyAsync(_issuer.Sign(payload), ctx).AsTask();

    private static JsonObject WithIndex(long index, string purpose = "revocation")
    {
        var p = TestIssuer.Payload(statusIndex: index);
        p["credentialStatus"]!["statusPurpose"] = purpose;
        return p;
    }

    [Fact]
    public async Task A_set_revocation_bit_is_revoked_and_a_clear_one_is_valid()
    {
        var list = TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 4287));

        var revoked = await Verify(WithIndex(4287), list);
        var neighbour = await Verify(WithIndex(4286), list);

        Assert.Equal(VerificationCodes.Revoked, revoked.Code);
        Assert.Equal(VerificationStep.Status, revoked.FailedStep);
        Assert.True(neighbour.IsValid, neighbour.ToString());
    }

    [Fact]
    public async Task A_set_suspension_bit_is_suspended()
    {
        var list = TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 12), "suspension");

        Assert.Equal(VerificationCodes.Suspended, (await Verify(WithIndex(12, "suspension"), list)).Code);
        Assert.True((await Verify(WithIndex(13, "suspension"), list)).IsValid);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(7, true)]
    [InlineData(8, true)]
    [InlineData(131071, true)]
    [InlineData(1, false)]
    [InlineData(6, false)]
    [InlineData(9, false)]
    [InlineData(15, false)]
    [InlineData(131064, false)]
    public async Task Bits_are_read_most_significant_first(long index, bool revoked)
    {
        // Independent vector (verifier-anchors §2.4): bits {0, 7, 8, 131071} set; byte 0 = 0x81, byte 1 = 0x80, last byte = 0x01.
        const string vector = "H4sIAAAAAAACA-3BMQEAAAgDINdcmxtjD3A7AAAAAAAAAAAAAAAAAAAAQFceebcplgBAAAA";
        var r = await Verify(WithIndex(index), TestIssuer.StatusList(vector));

        Assert.Equal(revoked ? VerificationCodes.Revoked : null, r.Code);
    }

    [Theory]
    [InlineData(201, true)]
    [InlineData(57444, true)]
    [InlineData(94023, true)]
    [InlineData(206, false)]
    [InlineData(57443, false)]
    [InlineData(94016, false)]
    public async Task The_w3c_bitstring_status_list_test_suite_vector_decodes_msb_first(long index, bool revoked)
    {
        const string w3c = "H4sIACbOo2YC_-3QMREAMAgEsGerLPyrQgFjB-4SCUkWHQAAAAAAAOCwpwAAAADgrFIAAAAAAAAAAAAAAAAA3wxvOeOvqGEAAA";
        var r = await Verify(WithIndex(index), TestIssuer.StatusList(w3c));

        Assert.Equal(revoked ? VerificationCodes.Revoked : null, r.Code);
    }

    [Fact]
    public async Task Multibase_prefix_and_bare_encoded_list_documents_are_accepted()
    {
        var prefixed = await Verify(WithIndex(5), TestIssuer.StatusList("u" + TestIssuer.EncodedList(16_384, 5)));
        var bare = await Verify(WithIndex(5), new JsonObject { ["encodedList"] = TestIssuer.EncodedList(16_384, 5) }.ToJsonString());

        Assert.Equal(VerificationCodes.Revoked, prefixed.Code);
        Assert.Equal(VerificationCodes.Revoked, bare.Code);
    }

    [Fact]
    public async Task A_gzip_bomb_is_refused()
    {
        var bomb = TestIssuer.B64(TestIssuer.Gzip(new byte[17 * 1024 * 1024]));

        var r = await Verify(WithIndex(1), TestIssuer.StatusList(bomb));

        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("exceeds", r.Message);
    }

    public static TheoryData<string, string> UnusableLists => new()
    {
        { TestIssuer.StatusList("H4sIAN7Lo2YC_2NgwAEAjw7P6RkAAAA"), "minimum" },                         // W3C short-list fixture (25 bytes)
        { TestIssuer.StatusList("!!!not-base64!!!"), "base64url" },
        { TestIssuer.StatusList(TestIssuer.B64("plain, not gzip")), "GZIP" },
        { TestIssuer.StatusList(TestIssuer.EncodedList(), "suspension"), "purpose" },
        { TestIssuer.StatusList(TestIssuer.EncodedList()).Replace(TestIssuer.Issuer, "did:web:other.example"), "another issuer" },
        { TestIssuer.StatusList(TestIssuer.EncodedList()).Replace("StatusList2021Credential", "SomethingElse"), "type" },
        { "not a document", "neither JSON nor a valid JWS" },
    };

    [Theory]
    [MemberData(nameof(UnusableLists))]
    public async Task Unusable_status_lists_fail_closed(string list, string reason)
    {
        var r = await Verify(WithIndex(1), list);

        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains(reason, r.Message);
    }

    [Fact]
    public async Task An_index_outside_the_list_is_unavailable()
    {
        var r = await Verify(WithIndex(131_072), TestIssuer.StatusList(TestIssuer.EncodedList()));

        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("outside", r.Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData(" 7")]
    public async Task Malformed_status_indices_are_unavailable(string index)
    {
        var p = TestIssuer.Payload();
        p["credentialStatus"]!["statusListIndex"] = index;

        Assert.Equal(VerificationCodes.StatusUnavailable, (await Verify(p, null)).Code);
    }

    [Fact]
    public async Task Without_a_status_source_the_credential_fails_closed_unless_the_caller_opts_out()
    {
        var token = _issuer.Sign(TestIssuer.Payload());
        var noSource = new CredentialVerifier(StaticJwksProvider.FromJson(_issuer.Jwks()), null, null, Verifiers.Clock());
        var optedOut = new CredentialVerifier(StaticJwksProvider.FromJson(_issuer.Jwks()), null, new CredentialVerifierOptions { AcceptUnavailableStatus = true }, Verifiers.Clock());

        var closed = await noSource.VerifyAsync(token);
        var open = await optedOut.VerifyAsync(token);

        Assert.Equal(VerificationCodes.StatusUnavailable, closed.Code);
        Assert.True(open.IsValid);
        Assert.Equal(VerificationStepStatus.Skipped, open.Steps[5].Status);
    }

    [Fact]
    public async Task Skipping_status_accepts_a_revoked_credential()
    {
        var r = await Verify(WithIndex(3), TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 3)), configure: o => o.CheckStatus = false);

        Assert.True(r.IsValid);
        Assert.Equal(VerificationStepStatus.Skipped, r.Steps[5].Status);
        Assert.Equal(3, r.Credential!.StatusListIndex);
    }

    [Fact]
    public async Task A_status_list_signed_as_a_jws_is_verified_with_the_issuer_keys()
    {
        var listPayload = JsonNode.Parse(TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 9)))!.AsObject();
        listPayload["iss"] = TestIssuer.Issuer;
        var signedList = _issuer.Sign(listPayload);
        var forged = new TestIssuer("k1").Sign(listPayload); // same kid, other key

        Assert.Equal(VerificationCodes.Revoked, (await Verify(WithIndex(9), signedList)).Code);
        var bad = await Verify(WithIndex(9), forged);
        Assert.Equal(VerificationCodes.StatusUnavailable, bad.Code);
        Assert.Contains("signature", bad.Message);
    }

    [Fact]
    public async Task Status_lists_are_chosen_by_url()
    {
        var lists = new StaticStatusListProvider()
            .ForUrl(TestIssuer.StatusUrl, TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 1)));
        var verifier = new CredentialVerifier(StaticJwksProvider.FromJson(_issuer.Jwks()), lists, null, Verifiers.Clock());
        var fragment = TestIssuer.Payload(statusIndex: 1);
        fragment["credentialStatus"]!["statusListCredential"] = TestIssuer.StatusUrl + "#list";
        var otherOrg = TestIssuer.Payload(statusIndex: 1);
        otherOrg["credentialStatus"]!["statusListCredential"] = TestIssuer.StatusUrl + "?org=other";
        var elsewhere = TestIssuer.Payload(statusIndex: 1);
        elsewhere["credentialStatus"]!["statusListCredential"] = "https://status.example/other";

        Assert.Equal(VerificationCodes.Revoked, (await verifier.VerifyAsync(_issuer.Sign(WithIndex(1)))).Code);
        Assert.Equal(VerificationCodes.Revoked, (await verifier.VerifyAsync(_issuer.Sign(fragment))).Code); // a fragment names a part of the same document
        // Beltic keeps one list per organisation: another org's list (bit 1 clear or not) must never stand in for it.
        Assert.Equal(VerificationCodes.StatusUnavailable, (await verifier.VerifyAsync(_issuer.Sign(otherOrg))).Code);
        Assert.Equal(VerificationCodes.StatusUnavailable, (await verifier.VerifyAsync(_issuer.Sign(elsewhere))).Code);
    }

    [Fact]
    public async Task Offline_sources_load_from_files()
    {
        var dir = Directory.CreateTempSubdirectory("beltic-files-").FullName;
        try
        {
            var jwksPath = Path.Combine(dir, "jwks.json");
            var listPath = Path.Combine(dir, "status.json");
            await File.WriteAllTextAsync(jwksPath, _issuer.Jwks());
            await File.WriteAllTextAsync(listPath, TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 42)));
            var verifier = new CredentialVerifier(StaticJwksProvider.FromFile(jwksPath), StaticStatusListProvider.FromFile(listPath), null, Verifiers.Clock());

            Assert.Equal(VerificationCodes.Revoked, (await verifier.VerifyAsync(_issuer.Sign(WithIndex(42)))).Code);
            Assert.True((await verifier.VerifyAsync(_issuer.Sign(WithIndex(43)))).IsValid);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // ---- step 7: policy ----

    private static VerificationContext Tx(string json) => new() { Transaction = TransactionContext.Parse(json) };

    private Task<VerificationResult> Agent(string txJson, Action<JsonObject>? change = null)
    {
        var p = TestIssuer.Payload();
        change?.Invoke(p);
        return Verify(p, null, Tx(txJson));
    }

    [Fact]
    public async Task An_allowed_transaction_passes_the_policy()
    {
        var r = await Agent("""{"resource_type":"wallet","resource_id":"wal_123","action":"payment_authorize","transaction_amount":12000,"transaction_currency":"USD"}""");

        Assert.True(r.IsValid, r.ToString());
        Assert.Equal(VerificationStepStatus.Passed, r.Steps[6].Status);
    }

    [Theory]
    [InlineData("""{"resource_type":"wallet","action":"payment_authorize","transaction_amount":60000,"transaction_currency":"USD"}""", "does not hold")]
    [InlineData("""{"resource_type":"wallet","action":"refund","transaction_amount":100,"transaction_currency":"USD"}""", "action 'refund'")]
    [InlineData("""{"resource_type":"wallet","action":"checkout","transaction_amount":100,"transaction_currency":"EUR"}""", "currency 'EUR'")]
    [InlineData("""{"resource_type":"wallet","action":"checkout","transaction_currency":"USD"}""", "missing")]
    [InlineData("""{"resource_type":"card","action":"checkout","transaction_amount":100,"transaction_currency":"USD"}""", "no permission")]
    [InlineData("""{"resource_type":"wallet","action":"checkout","transaction_amount":100}""", "transaction_currency")]
    public async Task Denied_transactions_say_why(string tx, string reason)
    {
        var r = await Agent(tx);

        Assert.Equal(VerificationCodes.PolicyDenied, r.Code);
        Assert.Equal(VerificationStep.Policy, r.FailedStep);
        Assert.Contains(reason, r.Message);
    }

    [Fact]
    public async Task The_spend_limit_applies_per_transaction()
    {
        void NoConditions(JsonObject p) => p["credentialSubject"]!["permissions"]![0]!.AsObject().Remove("conditions");

        var within = await Agent("""{"resource_type":"wallet","action":"checkout","transaction_amount":100000,"transaction_currency":"USD"}""", NoConditions);
        var over = await Agent("""{"resource_type":"wallet","action":"checkout","transaction_amount":100001,"transaction_currency":"USD"}""", NoConditions);

        Assert.True(within.IsValid, within.ToString());
        Assert.Equal(VerificationCodes.PolicyDenied, over.Code);
        Assert.Contains("spend limit", over.Message);
    }

    [Fact]
    public async Task Specific_resource_ids_and_in_conditions_with_the_operator_spelling()
    {
        void Specific(JsonObject p) => p["credentialSubject"]!["permissions"] = JsonNode.Parse("""
            [{"resource_type":"wallet","resource_id":"wal_1","actions":["checkout"],"conditions":[{"field":"merchant_country","operator":"in","value":["US","CA"]}]}]
            """);

        Assert.True((await Agent("""{"resource_type":"wallet","resource_id":"wal_1","action":"checkout","merchant_country":"CA","transaction_amount":1,"transaction_currency":"USD"}""", Specific)).IsValid);
        Assert.Equal(VerificationCodes.PolicyDenied, (await Agent("""{"resource_type":"wallet","resource_id":"wal_2","action":"checkout","merchant_country":"CA","transaction_amount":1,"transaction_currency":"USD"}""", Specific)).Code);
        Assert.Equal(VerificationCodes.PolicyDenied, (await Agent("""{"resource_type":"wallet","resource_id":"wal_1","action":"checkout","merchant_country":"MX","transaction_amount":1,"transaction_currency":"USD"}""", Specific)).Code);
    }

    [Fact]
    public async Task Policy_is_skipped_for_other_credential_types()
    {
        var r = await Verify(TestIssuer.Payload("business"), null, Tx("""{"resource_type":"wallet","action":"checkout"}"""));

        Assert.True(r.IsValid);
        Assert.Equal(VerificationStepStatus.Skipped, r.Steps[6].Status);
    }
}
