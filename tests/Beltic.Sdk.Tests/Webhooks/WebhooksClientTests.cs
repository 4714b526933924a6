using Beltic.Identity;
using Beltic.Sdk.Tests.Support;
using Beltic.Webhooks;
using Snapshooter.Xunit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Webhooks;

public class WebhooksClientTests
{
    private const string Id = "3c90c3cc-0d44-4a0f-a1e1-c0ffee000001";

    private static WebhookCreateOptions Options() => new(new Uri("https://example.com/webhooks/documents"))
    {
        SubscribedStatuses = [DocumentStatus.Processed, DocumentStatus.Failed],
    };

    [Fact]
    public async Task Create_posts_a_webhook_config_and_surfaces_the_one_time_secret()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/webhooks", WebhookFixtures.Created, 201);

        var created = await host.Client.Webhooks.CreateAsync(Options());

        var sent = host.SingleRequest();
        Assert.Equal("POST", sent.RequestMessage!.Method);
        Assert.Equal(TestHost.ApiKey, Json.Header(sent, "X-Api-Key"));
        Assert.True(Json.HasHeader(sent, "Idempotency-Key"));
        sent.SentJson().MatchSnapshot();

        Assert.Equal(WebhookFixtures.Secret, created.Secret);
        var webhook = created.Webhook;
        Assert.Equal(Id, webhook.Id);
        Assert.Equal("webhook_config", webhook.ResourceType);
        Assert.Equal(WebhookResourceType.Document, webhook.Resource);
        Assert.Equal(new Uri("https://example.com/webhooks/documents"), webhook.Url);
        Assert.Equal([DocumentStatus.Processed, DocumentStatus.Failed], webhook.SubscribedStatuses);
        Assert.Equal("whsec_3c9", webhook.SecretPrefix);
        Assert.True(webhook.IsActive);
        Assert.Equal(new DateTimeOffset(2026, 5, 21, 10, 30, 0, TimeSpan.Zero), webhook.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 5, 22, 8, 0, 0, TimeSpan.Zero), webhook.UpdatedAt);
        Assert.Equal(201, (int)created.RawResponse!.StatusCode);
        Assert.Equal("req_201", created.RawResponse.RequestId);
        Assert.Equal(Json.Header(sent, "Idempotency-Key"), created.RawResponse.IdempotencyKey);
    }

    [Fact]
    public async Task The_secret_is_never_printed_nor_left_in_the_raw_attributes()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/webhooks", WebhookFixtures.Created, 201);

        var created = await host.Client.Webhooks.CreateAsync(Options());

        Assert.DoesNotContain(WebhookFixtures.Secret, created.ToString());
        Assert.Contains("Secret = ***", created.ToString());
        Assert.Contains(Id, created.ToString());
        Assert.DoesNotContain(WebhookFixtures.Secret, created.Webhook.ToString());
        Assert.False(created.Webhook.RawAttributes.TryGetProperty("secret", out _));
        Assert.True(created.Webhook.RawAttributes.TryGetProperty("secret_prefix", out _));
        Assert.DoesNotContain(WebhookFixtures.Secret, host.Logs.All);
    }

    [Fact]
    public async Task A_secret_in_meta_is_found_and_removed_too()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/webhooks", $$"""{ "data": {{WebhookFixtures.Resource()}}, "meta": { "secret": "{{WebhookFixtures.Secret}}", "note": "store it" } }""", 201);

        var created = await host.Client.Webhooks.CreateAsync(Options());

        Assert.Equal(WebhookFixtures.Secret, created.Secret);
        Assert.False(created.Webhook.Meta.TryGetProperty("secret", out _));
        Assert.Equal("store it", created.Webhook.Meta.GetProperty("note").GetString());
        Assert.DoesNotContain(WebhookFixtures.Secret, created.ToString());
    }

    [Fact]
    public async Task A_create_answer_without_a_secret_says_so_with_null()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/webhooks", WebhookFixtures.Single(), 201);

        var created = await host.Client.Webhooks.CreateAsync(new WebhookCreateOptions(new Uri("https://example.com/hook")) { IsActive = false });

        Assert.Null(created.Secret);
        Assert.Contains("Secret = null", created.ToString());
        var attributes = Json.Parse(Json.Body(host.SingleRequest())).GetProperty("data").GetProperty("attributes");
        Assert.Equal("""{"resource_type":"document","url":"https://example.com/hook","is_active":false}""", attributes.GetRawText());
    }

    [Theory]
    [InlineData("http://example.com/hook", "https")]
    [InlineData("ws://example.com/hook", "https")]
    [InlineData("https://u:p@example.com/hook", "user name")]
    public async Task Create_refuses_a_url_that_is_not_https_before_sending(string url, string says)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Webhooks.CreateAsync(Options() with { Url = new Uri(url) }));

        Assert.Contains("options.Url", ex.Message);
        Assert.Contains(says, ex.Message);
        Assert.Empty(host.Requests);
    }

    [Theory]
    [InlineData("http://localhost:8080/hook")]
    [InlineData("http://127.0.0.1/hook")]
    [InlineData("http://[::1]:5000/hook")]
    public async Task Create_accepts_plain_http_for_loopback(string url)
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/webhooks", WebhookFixtures.Created, 201);

        await host.Client.Webhooks.CreateAsync(Options() with { Url = new Uri(url) });

        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task Create_refuses_relative_urls_and_bad_status_lists_before_sending()
    {
        using var host = new TestHost();
        var webhooks = host.Client.Webhooks;

        await Assert.ThrowsAsync<ArgumentException>(() => webhooks.CreateAsync(Options() with { Url = new Uri("/hook", UriKind.Relative) }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => webhooks.CreateAsync(Options() with { Url = null! }));
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => webhooks.CreateAsync(Options() with { SubscribedStatuses = [] }));
        var twice = await Assert.ThrowsAsync<ArgumentException>(() => webhooks.CreateAsync(Options() with { SubscribedStatuses = [DocumentStatus.Failed, DocumentStatus.Failed] }));

        Assert.Contains("options.SubscribedStatuses", empty.Message);
        Assert.Contains("twice", twice.Message);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task List_sends_page_parameters_and_auto_paging_follows_the_cursor()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/webhooks").WithParam("page%5Bafter%5D", "w2").UsingGet())
            .RespondWith(Response.Create().WithHeader("X-Request-Id", "req_w2").WithBody(WebhookFixtures.Page(null, "wh_3")));
        host.Server.Given(Request.Create().WithPath("/v1/webhooks").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithHeader("X-Request-Id", "req_w1").WithBody(WebhookFixtures.Page("w2", "wh_1", "wh_2")));

        var first = await host.Client.Webhooks.ListAsync(new WebhookListOptions { PageSize = 2 });
        var all = new List<string>();
        await foreach (var w in host.Client.Webhooks.ListAutoPagingAsync(new WebhookListOptions { PageSize = 2 }))
        {
            all.Add(w.Id);
        }

        Assert.Equal(["wh_1", "wh_2"], first.Items.Select(w => w.Id));
        Assert.True(first.HasMore);
        Assert.Equal("w2", first.ContinuationToken);
        Assert.Equal("req_w1", first.RawResponse!.RequestId);
        Assert.Equal(["wh_1", "wh_2", "wh_3"], all);
        var requests = host.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("GET", r.RequestMessage!.Method));
        Assert.All(requests, r => Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key")));
        Assert.All(requests, r => Assert.False(Json.HasHeader(r, "Idempotency-Key")));
        Assert.All(requests, r => Assert.Equal("2", r.Query()["page[size]"]));
        Assert.False(requests[1].Query().ContainsKey("page[after]"));
        Assert.Equal("w2", requests[2].Query()["page[after]"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => host.Client.Webhooks.ListAutoPagingAsync(new WebhookListOptions { PageSize = 101 }));
    }

    [Fact]
    public async Task Get_reads_the_webhook_config()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/webhooks/" + Id, WebhookFixtures.Single());

        var webhook = await host.Client.Webhooks.GetAsync(Id);

        var sent = host.SingleRequest();
        Assert.Equal("/v1/webhooks/" + Id, sent.RequestMessage!.Path);
        Assert.Equal(TestHost.ApiKey, Json.Header(sent, "X-Api-Key"));
        Assert.False(Json.HasHeader(sent, "Idempotency-Key"));
        Assert.Equal(Id, webhook.Id);
        Assert.Equal([DocumentStatus.Processed, DocumentStatus.Failed], webhook.SubscribedStatuses);
        Assert.Equal("req_200", webhook.RawResponse!.RequestId);
    }

    [Fact]
    public async Task Get_of_an_unknown_webhook_is_not_found_and_an_unexpected_type_is_an_error()
    {
        using var host = new TestHost();
        host.Json("GET", "/v1/webhooks/wh_gone", """{ "errors": [ { "status": "404", "code": "not_found", "title": "Not found", "detail": "webhook config not found" } ] }""", 404);
        host.Json("GET", "/v1/webhooks/wh_odd", """{ "data": { "type": "document", "id": "wh_odd", "attributes": {} } }""");

        var missing = await Assert.ThrowsAsync<BelticNotFoundException>(() => host.Client.Webhooks.GetAsync("wh_gone"));
        var odd = await Assert.ThrowsAsync<BelticException>(() => host.Client.Webhooks.GetAsync("wh_odd"));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Webhooks.GetAsync(""));

        Assert.Equal("not_found", missing.ErrorCode);
        Assert.Contains("webhook_config", odd.Message);
        Assert.Equal(2, host.Requests.Count);
    }

    [Fact]
    public async Task Update_patches_only_what_is_set()
    {
        using var host = new TestHost();
        host.Json("PATCH", "/v1/webhooks/" + Id, WebhookFixtures.Single());

        var webhook = await host.Client.Webhooks.UpdateAsync(Id, new WebhookUpdateOptions { SubscribedStatuses = [DocumentStatus.Processed], IsActive = false });

        var sent = host.SingleRequest();
        Assert.Equal("PATCH", sent.RequestMessage!.Method);
        Assert.Equal(TestHost.ApiKey, Json.Header(sent, "X-Api-Key"));
        Assert.True(Json.HasHeader(sent, "Idempotency-Key"));
        sent.SentJson().MatchSnapshot();
        Assert.Equal(Id, webhook.Id);
    }

    [Fact]
    public async Task Update_checks_its_arguments_before_sending()
    {
        using var host = new TestHost();
        var webhooks = host.Client.Webhooks;

        var nothing = await Assert.ThrowsAsync<ArgumentException>(() => webhooks.UpdateAsync(Id, new WebhookUpdateOptions()));
        await Assert.ThrowsAsync<ArgumentException>(() => webhooks.UpdateAsync(Id, new WebhookUpdateOptions { Url = new Uri("http://example.com/x") }));
        await Assert.ThrowsAsync<ArgumentException>(() => webhooks.UpdateAsync(" ", new WebhookUpdateOptions { IsActive = true }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => webhooks.UpdateAsync(Id, null!));

        Assert.Contains("sets nothing", nothing.Message);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task A_422_with_json_api_errors_keeps_the_pointer()
    {
        using var host = new TestHost();
        host.Json("POST", "/v1/webhooks", """
            { "errors": [ { "status": "422", "code": "invalid_attribute", "title": "Invalid attribute", "detail": "url must be reachable", "source": { "pointer": "/data/attributes/url" } } ],
              "meta": { "request_id": "req_wh_422" } }
            """, 422);

        var ex = await Assert.ThrowsAsync<BelticValidationException>(() => host.Client.Webhooks.CreateAsync(Options()));

        Assert.Equal("invalid_attribute", ex.ErrorCode);
        Assert.Equal("req_wh_422", ex.RequestId);
        Assert.Equal([new BelticFieldError("url", "url must be reachable", "invalid_attribute", "/data/attributes/url")], ex.FieldErrors);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task Delete_and_resend_send_their_methods_with_idempotency_keys()
    {
        using var host = new TestHost();
        host.Json("DELETE", "/v1/webhooks/" + Id, "", 204);
        host.Json("POST", $"/v1/webhooks/{Id}/resend", """{ "queued": 3 }""", 202);

        var deleted = await host.Client.Webhooks.DeleteAsync(Id, new RequestOptions { IdempotencyKey = "del-wh-1" });
        var resent = await host.Client.Webhooks.ResendAsync(Id);

        var (delete, resend) = (host.Requests[0], host.Requests[1]);
        Assert.Equal("DELETE", delete.RequestMessage!.Method);
        Assert.Equal("/v1/webhooks/" + Id, delete.RequestMessage.Path);
        Assert.Equal("del-wh-1", Json.Header(delete, "Idempotency-Key"));
        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal("req_204", deleted.RequestId);
        Assert.Equal("POST", resend.RequestMessage!.Method);
        Assert.Equal($"/v1/webhooks/{Id}/resend", resend.RequestMessage.Path);
        Assert.True(Json.HasHeader(resend, "Idempotency-Key"));
        Assert.Equal(TestHost.ApiKey, Json.Header(resend, "X-Api-Key"));
        Assert.Equal(202, (int)resent.StatusCode);
        Assert.Equal(Json.Header(resend, "Idempotency-Key"), resent.IdempotencyKey);
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Webhooks.ResendAsync(""));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Webhooks.DeleteAsync(" "));
        Assert.Equal(2, host.Requests.Count);
    }

    [Fact]
    public async Task A_per_call_api_key_is_honoured_on_every_webhook_call()
    {
        const string tenantKey = "sk_production_tenant_hooks_0123";
        using var host = new TestHost();
        host.Json("POST", "/v1/webhooks", WebhookFixtures.Created, 201);
        host.Json("GET", "/v1/webhooks", WebhookFixtures.Page(null, "wh_1"));
        host.Json("GET", "/v1/webhooks/" + Id, WebhookFixtures.Single());
        host.Json("PATCH", "/v1/webhooks/" + Id, WebhookFixtures.Single());
        host.Json("DELETE", "/v1/webhooks/" + Id, "", 204);
        host.Json("POST", $"/v1/webhooks/{Id}/resend", "", 202);
        var perCall = new RequestOptions { ApiKey = tenantKey };

        await host.Client.Webhooks.CreateAsync(Options(), perCall);
        await foreach (var _ in host.Client.Webhooks.ListAutoPagingAsync(null, perCall))
        {
        }

        await host.Client.Webhooks.GetAsync(Id, perCall);
        await host.Client.Webhooks.UpdateAsync(Id, new WebhookUpdateOptions { IsActive = true }, perCall);
        await host.Client.Webhooks.DeleteAsync(Id, perCall);
        await host.Client.Webhooks.ResendAsync(Id, perCall);

        Assert.Equal(6, host.Requests.Count);
        Assert.All(host.Requests, r => Assert.Equal(tenantKey, Json.Header(r, "X-Api-Key")));
    }
}
