using System.Globalization;
using System.Net;
using Beltic.Credentials;
using Beltic.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Http;

public class RetryTests
{
    private const string CredPath = "/v1/credentials/cred_01HQ7P4M6ABC";

    private static void Sequence(TestHost host, string path, params IResponseBuilder[] responses)
    {
        for (var i = 0; i < responses.Length; i++)
        {
            var state = i == 0 ? null : $"s{i}";
            var given = host.Server.Given(Request.Create().WithPath(path)).InScenario("seq");
            var when = state is null ? given : given.WhenStateIs(state);
            when.WillSetStateTo($"s{i + 1}").RespondWith(responses[i]);
        }
    }

    private static IResponseBuilder Ok() => Response.Create().WithStatusCode(200).WithBody(CredentialFixtures.CredentialJson);

    private static IResponseBuilder Status(int code, string body = "{}") => Response.Create().WithStatusCode(code).WithBody(body);

    [Fact]
    public async Task Retry_after_delta_seconds_is_waited_for_then_the_call_succeeds()
    {
        using var host = new TestHost();
        Sequence(host, CredPath,
            Response.Create().WithStatusCode(429).WithHeader("Retry-After", "2").WithBody("""{"error":{"code":"rate_limited","message":"slow down"}}"""),
            Ok());

        var (credential, elapsed) = await host.RunAsync(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Equal("cred_01HQ7P4M6ABC", credential.Id);
        Assert.Equal(2, host.Requests.Count);
        Assert.True(elapsed >= TimeSpan.FromSeconds(2), $"waited only {elapsed}");
        Assert.True(elapsed < TimeSpan.FromSeconds(3), $"waited too long: {elapsed}");
    }

    [Fact]
    public async Task Retry_after_http_date_is_honoured()
    {
        using var host = new TestHost();
        var serverNow = DateTimeOffset.UtcNow;
        Sequence(host, CredPath,
            Response.Create().WithStatusCode(503)
                .WithHeader("Date", serverNow.ToString("r", CultureInfo.InvariantCulture))
                .WithHeader("Retry-After", serverNow.AddSeconds(4).ToString("r", CultureInfo.InvariantCulture)),
            Ok());

        var (_, elapsed) = await host.RunAsync(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Equal(2, host.Requests.Count);
        Assert.True(elapsed >= TimeSpan.FromSeconds(4), $"waited only {elapsed}");
    }

    [Fact]
    public async Task Two_503s_then_200_succeeds_with_backoff()
    {
        using var host = new TestHost();
        Sequence(host, CredPath, Status(503), Status(503), Ok());

        var (credential, elapsed) = await host.RunAsync(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Equal("cred_01HQ7P4M6ABC", credential.Id);
        Assert.Equal(3, host.Requests.Count);
        // Equal jitter: attempt 0 waits 0.5–1 s, attempt 1 waits 1–2 s.
        Assert.InRange(elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3.3));
    }

    [Theory]
    [InlineData(400, typeof(BelticValidationException))]
    [InlineData(401, typeof(BelticAuthenticationException))]
    [InlineData(403, typeof(BelticForbiddenException))]
    [InlineData(404, typeof(BelticNotFoundException))]
    [InlineData(409, typeof(BelticConflictException))]
    [InlineData(422, typeof(BelticValidationException))]
    public async Task Client_errors_are_never_retried(int status, Type expected)
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath(CredPath)).RespondWith(Status(status, """{"error":{"code":"x","message":"no"}}"""));

        var (ex, _) = await host.RunThrowsAsync<BelticApiException>(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.IsType(expected, ex);
        Assert.Equal(status, (int)ex.StatusCode);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task Exhausted_retries_throw_the_typed_exception_of_the_last_response()
    {
        using var host = new TestHost();
        Sequence(host, CredPath,
            Status(500), Status(502), Status(504),
            Response.Create().WithStatusCode(503).WithHeader("X-Request-Id", "req_last").WithBody("""{"error":{"code":"upstream_error","message":"try later"}}"""));

        var (ex, _) = await host.RunThrowsAsync<BelticServerException>(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("upstream_error", ex.ErrorCode);
        Assert.Equal("req_last", ex.RequestId);
        Assert.Equal(4, host.Requests.Count); // 1 + MaxRetries (3)
    }

    [Fact]
    public async Task Exhausted_429_carries_retry_after()
    {
        using var host = new TestHost(o => o.MaxRetries = 1);
        host.Server.Given(Request.Create().WithPath(CredPath))
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBody("""{"error":{"code":"rate_limited","message":"Too many requests"}}"""));

        var (ex, _) = await host.RunThrowsAsync<BelticRateLimitException>(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Equal(TimeSpan.FromSeconds(1), ex.RetryAfter);
        Assert.Equal("rate_limited", ex.ErrorCode);
        Assert.Equal(2, host.Requests.Count);
    }

    [Fact]
    public async Task Retry_after_beyond_the_cap_fails_fast_instead_of_sleeping()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath(CredPath))
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120").WithBody("""{"error":{"code":"rate_limited","message":"later"}}"""));

        var (ex, elapsed) = await host.RunThrowsAsync<BelticRateLimitException>(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Single(host.Requests);
        Assert.True(elapsed < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Transport_failures_are_retried()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Throw(new HttpRequestException("Connection refused")),
            ScriptedHandler.Throw(new HttpRequestException("Connection reset")),
            ScriptedHandler.Respond(HttpStatusCode.OK, CredentialFixtures.CredentialJson));
        using var host = new TestHost(builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

        var (credential, _) = await host.RunAsync(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Equal("cred_01HQ7P4M6ABC", credential.Id);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task Transport_failures_that_persist_become_a_transport_exception()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Throw(new HttpRequestException("Connection refused")));
        using var host = new TestHost(o => o.MaxRetries = 2, builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

        var (ex, _) = await host.RunThrowsAsync<BelticTransportException>(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.False(ex.IsTimeout);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task A_hung_attempt_times_out_on_the_time_provider_and_is_retried()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang(), ScriptedHandler.Respond(HttpStatusCode.OK, CredentialFixtures.CredentialJson));
        using var host = new TestHost(o => o.AttemptTimeout = TimeSpan.FromSeconds(5), builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

        var (credential, elapsed) = await host.RunAsync(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Equal("cred_01HQ7P4M6ABC", credential.Id);
        Assert.Equal(2, handler.Calls);
        Assert.True(elapsed >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_total_timeout_ends_the_call_with_a_timeout_exception()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Hang());
        using var host = new TestHost(o => { o.Timeout = TimeSpan.FromSeconds(12); o.AttemptTimeout = TimeSpan.FromSeconds(5); }, builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

        var (ex, elapsed) = await host.RunThrowsAsync<BelticTransportException>(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        // Attempts end at 5 s and about 11 s; the third either runs to the 12 s deadline or, when the second backoff would
        // reach the deadline, is not started: never past 12 s (plus fake time's 100 ms steps).
        Assert.True(ex.IsTimeout);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(12.2));
    }

    [Fact]
    public async Task Cancellation_interrupts_the_backoff_wait()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath(CredPath)).RespondWith(Response.Create().WithStatusCode(503).WithHeader("Retry-After", "20"));
        using var cts = new CancellationTokenSource();

        var call = host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC", cts.Token);
        while (host.Requests.Count == 0)
        {
            await Task.Delay(5);
        }

        await Task.Delay(50);
        cts.Cancel(); // fake time never advances: only the token can end the 20 s wait
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task MaxRetries_zero_sends_exactly_one_request()
    {
        using var host = new TestHost(o => o.MaxRetries = 0);
        host.Server.Given(Request.Create().WithPath(CredPath)).RespondWith(Status(503));

        await host.RunThrowsAsync<BelticServerException>(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task An_app_wide_standard_resilience_handler_does_not_stack_on_the_sdk_pipeline()
    {
        using var host = new TestHost(services: s => s.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()));
        host.Server.Given(Request.Create().WithPath(CredPath)).RespondWith(Status(503));

        await host.RunThrowsAsync<BelticServerException>(() => host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC"));

        Assert.Equal(4, host.Requests.Count); // ours only: 1 + 3, not 4 × 4
    }

    [Fact]
    public async Task Post_body_is_resent_identically_on_retry()
    {
        using var host = new TestHost();
        Sequence(host, "/v1/credentials", Status(502), Response.Create().WithStatusCode(201).WithBody(CredentialFixtures.CredentialJson));

        await host.RunAsync(() => host.Client.Credentials.IssueAsync(CredentialIssueOptions.Business(
            new CredentialSubject("biz_widgetcorp", SubjectType.Organisation), new BusinessClaims("US-DE"))));

        Assert.Equal(2, host.Requests.Count);
        Assert.False(string.IsNullOrEmpty(host.Requests[0].RequestMessage!.Body));
        Assert.Equal(host.Requests[0].RequestMessage!.Body, host.Requests[1].RequestMessage!.Body);
    }
}
