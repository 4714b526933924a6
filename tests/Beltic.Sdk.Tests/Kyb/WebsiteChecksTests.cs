using System.Text.Json;
using Beltic.Sdk.Tests.Support;
using Beltic.WebsiteChecks;
using Snapshooter.Xunit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Kyb;

/// <summary>POST /v1/website-checks — the only website-check endpoint Beltic documents, with an undocumented answer.</summary>
public class WebsiteChecksTests
{
    private static readonly Uri Site = new("https://widgetcorp.example/about");

    [Fact]
    public async Task Create_sends_a_website_check_with_its_url_and_extra_attributes()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/website-checks", """
        { "data": { "type": "website-check", "id": "wc_01HQC3", "attributes": { "url": "https://widgetcorp.example/about", "status": "pending", "checks": { "ssl": true } } } }
        """, 201);

        var check = await host.Client.WebsiteChecks.CreateAsync(new WebsiteCheckCreateOptions(Site)
        {
            AdditionalAttributes = new Dictionary<string, JsonElement> { ["business_id"] = Json.Parse("\"biz_01HQ9A7K2M\""), ["depth"] = Json.Parse("2") },
        });

        var sent = host.SingleRequest();
        KybAssert.Sent(sent, "POST", "/v1/website-checks");
        Assert.True(Guid.TryParse(Json.Header(sent, "Idempotency-Key"), out _));
        sent.SentJson().MatchSnapshot();

        Assert.Equal("wc_01HQC3", check.Id);
        Assert.Equal("website-check", check.ResourceType);
        Assert.Equal("https://widgetcorp.example/about", check.Url);
        Assert.Equal("pending", check.RawAttributes.GetProperty("status").GetString());
        Assert.True(check.RawJson.GetProperty("data").GetProperty("attributes").GetProperty("checks").GetProperty("ssl").GetBoolean());
        Assert.Equal(201, (int)check.RawResponse!.StatusCode);
    }

    [Theory]
    [InlineData("""{ "type": "website-check", "id": "wc_1", "attributes": { "url": "https://a.example/" } }""", "wc_1", "https://a.example/")]
    [InlineData("""{ "data": { "type": "website_check", "id": "wc_2", "attributes": { "url": "https://b.example/" } } }""", "wc_2", "https://b.example/")]
    [InlineData("""{ "check_id": "wc_3", "result": "queued" }""", "", null)]
    [InlineData("", "", null)]
    public async Task Any_answer_is_kept_and_a_resource_is_mapped(string body, string id, string? url)
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/website-checks", body, body.Length == 0 ? 202 : 200);

        var check = await host.Client.WebsiteChecks.CreateAsync(new WebsiteCheckCreateOptions(Site));

        Assert.Equal(id, check.Id);
        Assert.Equal(url, check.Url);
        Assert.Equal(body.Length == 0 ? JsonValueKind.Undefined : JsonValueKind.Object, check.RawJson.ValueKind);
        Assert.NotNull(check.RawResponse);
        if (body.Contains("check_id", StringComparison.Ordinal))
        {
            Assert.Equal("queued", check.RawJson.GetProperty("result").GetString());
        }
    }

    [Fact]
    public async Task A_resource_of_another_type_is_an_error_naming_both()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/website-checks", """{ "data": { "type": "business", "id": "biz_1", "attributes": {} } }""");

        var ex = await Assert.ThrowsAsync<BelticException>(() => host.Client.WebsiteChecks.CreateAsync(new WebsiteCheckCreateOptions(Site)));

        Assert.Contains("'website-check'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'business'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_503_is_retried_with_the_same_key_and_body_and_the_per_call_api_key()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/website-checks").UsingPost()).InScenario("w").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        host.Server.Given(Request.Create().WithPath("/v1/website-checks").UsingPost()).InScenario("w").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(201).WithBody("""{ "type": "website-check", "id": "wc_1", "attributes": {} }"""));
        const string tenant = "sk_production_tenant_b_0123456789";

        var (check, _) = await host.RunAsync(() => host.Client.WebsiteChecks.CreateAsync(new WebsiteCheckCreateOptions(Site), new RequestOptions { ApiKey = tenant }));

        Assert.Equal(2, host.Requests.Count);
        Assert.Equal(Json.Header(host.Requests[0], "Idempotency-Key"), Json.Header(host.Requests[1], "Idempotency-Key"));
        Assert.Equal(Json.Body(host.Requests[0]), Json.Body(host.Requests[1]));
        Assert.All(host.Requests, r => Assert.Equal(tenant, Json.Header(r, "X-Api-Key")));
        Assert.Equal("wc_1", check.Id);
    }

    [Fact]
    public async Task A_422_is_a_validation_exception_with_the_pointer()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/website-checks", KybFixtures.Validation422(("unreachable", "url could not be resolved", "/data/attributes/url")), 422);

        var ex = await Assert.ThrowsAsync<BelticValidationException>(() => host.Client.WebsiteChecks.CreateAsync(new WebsiteCheckCreateOptions(Site)));

        Assert.Equal("url", Assert.Single(ex.FieldErrors).Field);
    }

    [Fact]
    public async Task Bad_urls_and_extra_attributes_fail_before_sending()
    {
        using var host = new TestHost();

        Assert.Throws<ArgumentException>(() => new WebsiteCheckCreateOptions(new Uri("/about", UriKind.Relative)));
        Assert.Throws<ArgumentException>(() => new WebsiteCheckCreateOptions(new Uri("ftp://widgetcorp.example/")));
        var repeatsUrl = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.WebsiteChecks.CreateAsync(new WebsiteCheckCreateOptions(Site)
        {
            AdditionalAttributes = new Dictionary<string, JsonElement> { ["url"] = Json.Parse("\"https://other.example\"") },
        }));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.WebsiteChecks.CreateAsync(new WebsiteCheckCreateOptions(Site)
        {
            AdditionalAttributes = new Dictionary<string, JsonElement> { ["depth"] = default },
        }));

        Assert.Contains("not \"url\"", repeatsUrl.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }
}
