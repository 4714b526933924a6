using System.Globalization;
using System.Text.Json.Nodes;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>Edge inputs from an adversarial review: every one gets a result (never an exception), and fails closed.</summary>
public class RobustnessTests
{
    private readonly TestIssuer _issuer = new();
    private static string ClearList => TestIssuer.StatusList(TestIssuer.EncodedList());

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private Task<VerificationResult> Verify(string token, string? list = null, VerificationContext? ctx = null)
        => Verifiers.Offline(_issuer, list ?? ClearList).VerifyAsync(token, ctx).AsTask();

    private string SignWithRawNumber(string claim, string raw)
    {
        var p = TestIssuer.Payload();
        p.Remove("validFrom");
        p.Remove("validUntil");
        p[claim] = 424242; // placeholder replaced textually so any JSON number can be used
        return _issuer.SignRaw(_issuer.Header(), p.ToJsonString().Replace("424242", raw, StringComparison.Ordinal));
    }

    // NumericDate and date-time values at the edges of the calendar give a result, never an overflow exception.
    [Theory]
    [InlineData("exp", "253402300799")]     // 9999-12-31T23:59:59Z: end + skew must not overflow
    [InlineData("exp", "-100000000000")]    // before year 1: out of range, not an exception
    [InlineData("nbf", "-62135596800")]     // 0001-01-01: start - skew must not underflow
    public async Task Edge_numeric_dates_return_a_result_instead_of_throwing(string claim, string raw)
    {
        var r = await Verify(SignWithRawNumber(claim, raw)); // must not throw

        if (claim == "exp" && raw.StartsWith('-'))
        {
            Assert.Equal((VerificationCodes.Malformed, VerificationStep.Time), (r.Code, r.FailedStep!.Value)); // before year 1
        }
        else
        {
            Assert.True(r.IsValid, r.ToString()); // the extremes of the calendar are legal bounds
        }
    }

    [Fact]
    public async Task Valid_until_at_year_9999_returns_a_result_instead_of_throwing()
    {
        var p = TestIssuer.Payload();
        p.Remove("exp");
        p["validUntil"] = "9999-12-31T23:59:59Z";
        var r = await Verify(_issuer.Sign(p));
        Assert.True(r.IsValid, r.ToString());
        Assert.Equal(9999, r.Credential!.ValidUntil!.Value.Year);
    }

    // The same edges in an (unsigned) status-list document: unavailable, not an exception.
    [Fact]
    public async Task Status_list_edge_dates_give_a_verdict_not_an_exception()
    {
        var beforeYear1 = await Verify(_issuer.Sign(TestIssuer.Payload()), ClearList[..^1] + ",\"exp\":-100000000000}");
        var untilYear9999 = await Verify(_issuer.Sign(TestIssuer.Payload()), ClearList[..^1] + ",\"validUntil\":\"9999-12-31T23:59:59Z\"}");

        Assert.Equal(VerificationCodes.StatusUnavailable, beforeYear1.Code);
        Assert.Contains("out of range", beforeYear1.Message);
        Assert.True(untilYear9999.IsValid, untilYear9999.ToString());
    }

    // A status entry whose type is an array is still understood; one whose type is not a string is invalid.
    [Theory]
    [InlineData("[\"BitstringStatusListEntry\"]")]
    [InlineData("42")]
    public async Task A_status_entry_with_a_non_string_type_does_not_throw(string typeJson)
    {
        var p = TestIssuer.Payload();
        p["credentialStatus"]!["type"] = JsonNode.Parse(typeJson);
        var r = await Verify(_issuer.Sign(p), TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 4287)));
        Assert.False(r.IsValid, r.ToString()); // fail closed: the issuer stated a status we did not check
    }

    // Amounts outside the decimal range are denied (transaction) or invalid (credential), never an exception.
    [Fact]
    public async Task A_huge_transaction_amount_is_denied_not_thrown()
    {
        var tx = TransactionContext.Parse("""{"resource_type":"wallet","action":"checkout","transaction_currency":"USD","transaction_amount":1e30}""");
        var p = TestIssuer.Payload();
        p["credentialSubject"]!["permissions"]![0]!.AsObject().Remove("conditions");
        var r = await Verify(_issuer.Sign(p), ctx: new VerificationContext { Transaction = tx });
        Assert.Equal(VerificationCodes.PolicyDenied, r.Code);
    }

    [Fact]
    public async Task A_huge_spend_limit_in_the_credential_does_not_throw()
    {
        var p = TestIssuer.Payload();
        var token = _issuer.SignRaw(_issuer.Header(), p.ToJsonString().Replace("\"amount\":100000", "\"amount\":1e30", StringComparison.Ordinal));
        var tx = TransactionContext.Create("wallet", "payment_authorize", "wal_1", 100, "USD");
        var r = await Verify(token, ctx: new VerificationContext { Transaction = tx });
        Assert.Equal((VerificationCodes.InvalidClaims, VerificationStep.Schema), (r.Code, r.FailedStep!.Value));
    }

    // A VC 2.0 payload carrying VC 1.1 validity members is rejected, not read selectively.
    [Theory]
    [InlineData("expirationDate", -2)]
    [InlineData("issuanceDate", 30)]
    public async Task A_v2_credential_with_a_vc_1_1_validity_member_is_not_silently_valid(string member, int days)
    {
        var p = TestIssuer.Payload();
        p[member] = Iso(TestIssuer.Now.AddDays(days));
        var r = await Verify(_issuer.Sign(p));
        Assert.False(r.IsValid, r.ToString());
    }

    // A status list's expiry may be a VC 1.1 expirationDate (CCG StatusList2021Credential), and in a VC 1.1 JWS list
    // exp and vc.expirationDate must agree, as for credentials.
    [Fact]
    public async Task An_expired_vc_1_1_status_list_is_unavailable()
    {
        var list = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1", "https://w3id.org/vc/status-list/2021/v1"),
            ["type"] = new JsonArray("VerifiableCredential", "StatusList2021Credential"),
            ["issuer"] = TestIssuer.Issuer,
            ["issuanceDate"] = Iso(TestIssuer.Now.AddDays(-400)),
            ["expirationDate"] = Iso(TestIssuer.Now.AddDays(-300)),
            ["credentialSubject"] = new JsonObject { ["type"] = "StatusList2021", ["statusPurpose"] = "revocation", ["encodedList"] = TestIssuer.EncodedList() },
        };
        var r = await Verify(_issuer.Sign(TestIssuer.Payload()), list.ToJsonString());
        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("expired", r.Message);
    }

    [Fact]
    public async Task A_signed_vc_1_1_list_whose_exp_and_expiration_date_disagree_is_unavailable()
    {
        var list = new JsonObject
        {
            ["iss"] = TestIssuer.Issuer,
            ["exp"] = TestIssuer.Now.AddDays(30).ToUnixTimeSeconds(),
            ["vc"] = new JsonObject
            {
                ["@context"] = new JsonArray("https://www.w3.org/2018/credentials/v1"),
                ["type"] = new JsonArray("VerifiableCredential", "StatusList2021Credential"),
                ["expirationDate"] = Iso(TestIssuer.Now.AddDays(-300)),
                ["credentialSubject"] = new JsonObject { ["type"] = "StatusList2021", ["statusPurpose"] = "revocation", ["encodedList"] = TestIssuer.EncodedList() },
            },
        };
        var r = await Verify(_issuer.Sign(TestIssuer.Payload()), _issuer.Sign(list, _issuer.Header("JWT")));
        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("expir", r.Message);
    }

    // VerifiedCredential.Claims holds every fact the verifier checked: subject members and nested claims, merged.
    [Fact]
    public async Task The_exposed_claims_contain_the_facts_the_verifier_checked()
    {
        var p = TestIssuer.Payload("user");
        p["credentialSubject"]!["claims"] = new JsonObject { ["trust_level"] = "idv_verified" };
        var r = await Verify(_issuer.Sign(p));
        Assert.True(r.IsValid, r.ToString());
        Assert.Equal("approved", r.Credential!.GetClaimString("kyc_status"));
        Assert.Equal("idv_verified", r.Credential.GetClaimString("trust_level"));
    }

    // A non-string sub / jti / id cannot be compared with its twin, so it is invalid.
    [Theory]
    [InlineData("sub", "42")]
    [InlineData("jti", "{\"x\":1}")]
    [InlineData("id", "[\"urn:uuid:other\"]")]
    public async Task A_non_string_copy_of_an_identifier_is_invalid_claims(string member, string json)
    {
        var p = TestIssuer.Payload();
        p[member] = JsonNode.Parse(json);
        var r = await Verify(_issuer.Sign(p));
        Assert.Equal(VerificationCodes.InvalidClaims, r.Code);
        Assert.Contains($"'{member}'", r.Message);
    }

    // a status-list JWS decoded while the key source had a transient failure stays unusable for the lifetime of the
    // StatusListContent (ConditionalWeakTable caches the failed DecodedStatusList; with StaticStatusListProvider: forever).
    private sealed class FlakyKeys(Beltic.Verification.Keys.IJwksProvider inner) : Beltic.Verification.Keys.IJwksProvider
    {
        private int _calls;

        public ValueTask<Beltic.Verification.Keys.IssuerKey?> FindKeyAsync(string issuer, string kid, CancellationToken ct)
            => Interlocked.Increment(ref _calls) == 2 ? throw new HttpRequestException("transient") : inner.FindKeyAsync(issuer, kid, ct);
    }

    [Fact]
    public async Task A_transient_key_failure_while_decoding_a_signed_list_is_not_cached_forever()
    {
        var list = JsonNode.Parse(ClearList)!.AsObject();
        list["iss"] = TestIssuer.Issuer;
        var lists = new Beltic.Verification.Status.StaticStatusListProvider().ForAnyUrl(_issuer.Sign(list));
        var keys = new FlakyKeys(Beltic.Verification.Keys.StaticJwksProvider.FromJson(_issuer.Jwks()));
        var verifier = new CredentialVerifier(keys, lists, null, Verifiers.Clock());
        var token = _issuer.Sign(TestIssuer.Payload());

        var first = await verifier.VerifyAsync(token);   // call 2 (the list's key) fails: unavailable is right here
        var second = await verifier.VerifyAsync(token);  // the key source works again

        Assert.Equal(VerificationCodes.StatusUnavailable, first.Code);
        Assert.True(second.IsValid, second.ToString());
    }

    // A spend limit stated in USD is not compared with an amount in an unstated currency.
    [Fact]
    public async Task A_spend_limit_with_a_currency_needs_a_transaction_currency()
    {
        var p = TestIssuer.Payload();
        p["credentialSubject"]!.AsObject().Remove("authorized_currencies");
        var tx = TransactionContext.Create("wallet", "payment_authorize", "wal_1", 40000, transactionCurrency: null);
        var r = await Verify(_issuer.Sign(p), ctx: new VerificationContext { Transaction = tx });
        Assert.Equal(VerificationCodes.PolicyDenied, r.Code);
    }

    [Fact]
    public async Task A_not_in_condition_against_a_value_of_another_type_denies()
    {
        var p = TestIssuer.Payload();
        p["credentialSubject"]!["permissions"]![0]!["conditions"] = JsonNode.Parse("""[{"field":"merchant","op":"not_in","value":["m_blocked"]}]""");
        var tx = TransactionContext.Parse("""{"resource_type":"wallet","action":"checkout","transaction_currency":"USD","transaction_amount":100,"merchant":42}""");

        var r = await Verify(_issuer.Sign(p), ctx: new VerificationContext { Transaction = tx });

        Assert.Equal(VerificationCodes.PolicyDenied, r.Code);
    }

    [Fact]
    public async Task A_claims_member_that_is_not_an_object_is_invalid_claims()
    {
        var p = TestIssuer.Payload("business");
        p["credentialSubject"]!["claims"] = "x";

        var r = await Verify(_issuer.Sign(p));

        Assert.Equal((VerificationCodes.InvalidClaims, VerificationStep.Schema), (r.Code, r.FailedStep!.Value));
    }
}
