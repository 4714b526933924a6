using Beltic.Audit;
using Beltic.Sdk.Tests.Support;
using Snapshooter.Xunit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Audit;

public class AuditStreamsTests
{
    private static void Stub(TestHost host, string method, string path, string body, int status = 200)
        => host.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", "req_stream_" + status).WithBody(body));

    private static AuditStreamCreateOptions Options() => new(new Uri("https://hooks.example.com/beltic/audit"), AuditFixtures.Secret)
    {
        EventFilter = [AuditEventType.CredentialRevoked, AuditEventType.CredentialBatchCompleted],
    };

    [Fact]
    public async Task Create_posts_url_secret_and_filter_and_reads_the_stream()
    {
        using var host = new TestHost();
        Stub(host, "POST", "/v1/audit/streams", AuditFixtures.StreamJson, 201);

        var stream = await host.Client.Audit.Streams.CreateAsync(Options());

        var sent = host.SingleRequest();
        Assert.Equal("POST", sent.RequestMessage!.Method);
        Assert.Equal(TestHost.ApiKey, Json.Header(sent, "X-Api-Key"));
        Assert.True(Json.HasHeader(sent, "Idempotency-Key"));
        sent.SentJson().MatchSnapshot();
        Assert.Equal("str_01HQ9", stream.Id);
        Assert.Equal(new Uri("https://hooks.example.com/beltic/audit"), stream.Url);
        Assert.Equal([AuditEventType.CredentialRevoked, AuditEventType.CredentialBatchCompleted], stream.EventFilter);
        Assert.True(stream.Active);
        Assert.Equal(new DateTimeOffset(2026, 5, 21, 10, 30, 0, TimeSpan.Zero), stream.CreatedAt);
        Assert.Equal("push", stream.AdditionalProperties!["delivery_mode"].GetString());
        Assert.Equal(201, (int)stream.RawResponse!.StatusCode);
        Assert.Equal("req_stream_201", stream.RawResponse.RequestId);
    }

    [Fact]
    public async Task Create_without_a_filter_sends_no_event_filter_and_accepts_loopback_http()
    {
        using var host = new TestHost();
        Stub(host, "POST", "/v1/audit/streams", AuditFixtures.StreamJson, 201);

        await host.Client.Audit.Streams.CreateAsync(new AuditStreamCreateOptions(new Uri("http://127.0.0.1:5000/hook"), AuditFixtures.Secret));

        var body = Json.Parse(Json.Body(host.SingleRequest()));
        Assert.Equal("http://127.0.0.1:5000/hook", body.GetProperty("url").GetString());
        Assert.False(body.TryGetProperty("event_filter", out _));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(257)]
    public async Task A_secret_outside_32_to_256_characters_is_refused_without_echoing_it(int length)
    {
        using var host = new TestHost();
        var secret = new string('s', length - 3) + "XYZ";

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Audit.Streams.CreateAsync(Options() with { Secret = secret }));

        Assert.Contains("options.Secret", ex.Message);
        Assert.Contains("32 to 256", ex.Message);
        Assert.DoesNotContain("XYZ", ex.Message);
        Assert.Empty(host.Requests);
    }

    [Theory]
    [InlineData("http://hooks.example.com/beltic")]
    [InlineData("ftp://hooks.example.com/beltic")]
    [InlineData("https://user:pass@hooks.example.com/beltic")]
    public async Task A_url_that_is_not_https_is_refused_before_sending(string url)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Audit.Streams.CreateAsync(Options() with { Url = new Uri(url) }));

        Assert.Contains("options.Url", ex.Message);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task Relative_urls_null_secrets_and_empty_filters_are_refused_before_sending()
    {
        using var host = new TestHost();
        var streams = host.Client.Audit.Streams;

        await Assert.ThrowsAsync<ArgumentException>(() => streams.CreateAsync(Options() with { Url = new Uri("/hook", UriKind.Relative) }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => streams.CreateAsync(Options() with { Secret = null! }));
        await Assert.ThrowsAsync<ArgumentException>(() => streams.CreateAsync(Options() with { Secret = new string(' ', 40) }));
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => streams.CreateAsync(Options() with { EventFilter = [] }));

        Assert.Contains("options.EventFilter", empty.Message);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public void Generated_secrets_are_strong_url_safe_and_accepted()
    {
        var a = AuditStreamSecret.Generate();
        var b = AuditStreamSecret.Generate();

        Assert.Equal(64, a.Length);
        Assert.InRange(a.Length, AuditStreamSecret.MinLength, AuditStreamSecret.MaxLength);
        Assert.NotEqual(a, b);
        Assert.All(a, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not URL-safe"));
        Assert.Equal(48, Convert.FromBase64String(a.Replace('-', '+').Replace('_', '/')).Length);
    }

    [Fact]
    public void The_options_never_print_the_secret()
    {
        var options = Options();

        var text = options.ToString();

        Assert.DoesNotContain(AuditFixtures.Secret, text);
        Assert.Contains("Secret = ***", text);
        Assert.Contains("https://hooks.example.com/beltic/audit", text);
        Assert.Contains("credential.revoked", text);
    }

    [Theory]
    [InlineData("[STREAM]")]
    [InlineData("""{ "streams": [STREAM] }""")]
    [InlineData("""{ "items": [STREAM] }""")]
    [InlineData("""{ "data": [STREAM], "meta": {} }""")]
    public async Task List_reads_a_bare_array_or_streams_items_or_data(string shape)
    {
        using var host = new TestHost();
        Stub(host, "GET", "/v1/audit/streams", shape.Replace("STREAM", AuditFixtures.StreamJson, StringComparison.Ordinal));

        var page = await host.Client.Audit.Streams.ListAsync();

        var sent = host.SingleRequest();
        Assert.Equal("GET", sent.RequestMessage!.Method);
        Assert.Equal(TestHost.ApiKey, Json.Header(sent, "X-Api-Key"));
        Assert.False(Json.HasHeader(sent, "Idempotency-Key"));
        Assert.Empty(sent.RequestMessage.Query!);
        var stream = Assert.Single(page.Items);
        Assert.Equal("str_01HQ9", stream.Id);
        Assert.Equal(AuditEventType.CredentialRevoked, stream.EventFilter![0]);
        Assert.False(page.HasMore);
        Assert.Null(page.ContinuationToken);
        Assert.Equal("req_stream_200", page.RawResponse!.RequestId);
    }

    [Theory]
    [InlineData("""{ "results": [] }""")]
    [InlineData("\"streams\"")]
    [InlineData("""[ null ]""")]
    public async Task A_list_in_an_unknown_shape_is_a_clear_error(string body)
    {
        using var host = new TestHost();
        Stub(host, "GET", "/v1/audit/streams", body);

        var ex = await Assert.ThrowsAsync<BelticException>(() => host.Client.Audit.Streams.ListAsync());

        Assert.Contains("audit stream", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Auto_paging_follows_a_next_cursor_if_the_server_gives_one()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/audit/streams").WithParam("cursor", "s2").UsingGet())
            .RespondWith(Response.Create().WithBody("""{ "streams": [ { "id": "str_2" } ], "next_cursor": null }"""));
        host.Server.Given(Request.Create().WithPath("/v1/audit/streams").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBody("""{ "streams": [ { "id": "str_1" } ], "next_cursor": "s2" }"""));

        var ids = new List<string>();
        await foreach (var s in host.Client.Audit.Streams.ListAutoPagingAsync())
        {
            ids.Add(s.Id);
        }

        Assert.Equal(["str_1", "str_2"], ids);
        Assert.Equal("s2", host.Requests[1].Query()["cursor"]);
    }

    [Fact]
    public async Task Delete_sends_delete_with_an_idempotency_key_and_returns_the_response_facts()
    {
        using var host = new TestHost();
        Stub(host, "DELETE", "/v1/audit/streams/str_01HQ9", "", 204);

        var response = await host.Client.Audit.Streams.DeleteAsync("str_01HQ9", new RequestOptions { IdempotencyKey = "del-stream-1" });

        var sent = host.SingleRequest();
        Assert.Equal("DELETE", sent.RequestMessage!.Method);
        Assert.Equal("/v1/audit/streams/str_01HQ9", sent.RequestMessage.Path);
        Assert.Equal(TestHost.ApiKey, Json.Header(sent, "X-Api-Key"));
        Assert.Equal("del-stream-1", Json.Header(sent, "Idempotency-Key"));
        Assert.Equal(204, (int)response.StatusCode);
        Assert.Equal("req_stream_204", response.RequestId);
        Assert.Equal("del-stream-1", response.IdempotencyKey);
    }

    [Fact]
    public async Task Deleting_an_unknown_stream_is_not_found_and_empty_ids_send_nothing()
    {
        using var host = new TestHost();
        Stub(host, "DELETE", "/v1/audit/streams/str_gone", """{ "error": { "code": "not_found", "message": "stream not found" } }""", 404);

        var ex = await Assert.ThrowsAsync<BelticNotFoundException>(() => host.Client.Audit.Streams.DeleteAsync("str_gone"));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.Audit.Streams.DeleteAsync(" "));

        Assert.Equal("not_found", ex.ErrorCode);
        Assert.Single(host.Requests); // 404 is not retried; the empty id never left
    }

    [Fact]
    public async Task A_per_call_api_key_is_honoured_on_create_list_and_delete()
    {
        const string tenantKey = "sk_staging_tenant_streams_0123";
        using var host = new TestHost();
        Stub(host, "POST", "/v1/audit/streams", AuditFixtures.StreamJson, 201);
        Stub(host, "GET", "/v1/audit/streams", "[]");
        Stub(host, "DELETE", "/v1/audit/streams/str_1", "", 204);
        var perCall = new RequestOptions { ApiKey = tenantKey };

        await host.Client.Audit.Streams.CreateAsync(Options(), perCall);
        await host.Client.Audit.Streams.ListAsync(null, perCall);
        await host.Client.Audit.Streams.DeleteAsync("str_1", perCall);

        Assert.Equal(3, host.Requests.Count);
        Assert.All(host.Requests, r => Assert.Equal(tenantKey, Json.Header(r, "X-Api-Key")));
    }
}
