using System.Text.Json.Nodes;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>
/// The status-list document gets the same single-view rule as the credential: one data model, and where two members
/// state the same fact (list vs <c>vc</c>, <c>iss</c> vs <c>issuer</c>, <c>exp</c> vs <c>validUntil</c>, a direct vs a
/// subject <c>encodedList</c>) they must agree, or the status is unavailable (fail closed).
/// </summary>
public class StatusListDocumentTests
{
    private readonly TestIssuer _issuer = new();

    private static JsonObject ListDocument(params long[] revoked)
        => JsonNode.Parse(TestIssuer.StatusList(TestIssuer.EncodedList(16_384, revoked)))!.AsObject();

    private async Task<VerificationResult> VerifyIndex9(string statusList)
    {
        var p = TestIssuer.Payload(statusIndex: 9);
        return await Verifiers.Offline(_issuer, statusList).VerifyAsync(_issuer.Sign(p));
    }

    [Fact]
    public async Task A_signed_v2_list_that_also_carries_a_vc_claim_is_unavailable()
    {
        var list = ListDocument(9);
        list["iss"] = TestIssuer.Issuer;
        list["vc"] = ListDocument().DeepClone(); // bit 9 clear here

        var r = await VerifyIndex9(_issuer.Sign(list));

        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("'vc'", r.Message);
    }

    [Fact]
    public async Task A_list_whose_iss_and_issuer_differ_is_unavailable()
    {
        var list = ListDocument(9);
        list["iss"] = "did:web:other.example";

        var r = await VerifyIndex9(list.ToJsonString());

        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("iss", r.Message);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("99999999999999999")]
    [InlineData("\"tomorrow\"")]
    public async Task A_list_with_an_unusable_exp_is_unavailable_not_an_exception(string exp)
    {
        var json = ListDocument(9).ToJsonString();
        var list = json[..^1] + ",\"exp\":" + exp + "}";

        var r = await VerifyIndex9(list);

        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("exp", r.Message);
    }

    [Fact]
    public async Task A_list_with_an_unreadable_valid_until_is_unavailable()
    {
        var list = ListDocument(9);
        list["validUntil"] = "next week";

        var r = await VerifyIndex9(list.ToJsonString());

        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("validUntil", r.Message);
    }

    [Fact]
    public async Task A_list_with_two_encoded_lists_is_unavailable()
    {
        var list = ListDocument(9);
        list["encodedList"] = TestIssuer.EncodedList(); // bit 9 clear at the top level

        var r = await VerifyIndex9(list.ToJsonString());

        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("encodedList", r.Message);
    }

    [Fact]
    public async Task The_earlier_of_exp_and_valid_until_ends_the_list()
    {
        var list = ListDocument(9);
        list["validUntil"] = TestIssuer.Now.AddDays(30).ToString("yyyy-MM-ddTHH:mm:ssZ");
        list["exp"] = TestIssuer.Now.AddDays(-1).ToUnixTimeSeconds();

        var r = await VerifyIndex9(list.ToJsonString());

        Assert.Equal(VerificationCodes.StatusUnavailable, r.Code);
        Assert.Contains("expired", r.Message);
    }
}
