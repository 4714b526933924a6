using System.Net;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>Online providers against an in-memory HTTP handler (no network).</summary>
public class OnlineProviderTests
{
    private sealed class CountingHandler(Func<Uri, int, (string Body, string? CacheControl)> respond) : HttpMessageHandler
    {
        private int _count;

        public int Count => _count;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _count);
            await Task.Delay(20, cancellationToken); // keep the fetch in flight so concurrent callers overlap
            var (body, cc) = respond(request.RequestUri!, n);
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) };
            if (cc is not null)
            {
                response.Headers.TryAddWithoutValidation("Cache-Control", cc);
            }

            return response;
        }
    }

    private static (HttpJwksProvider Provider, CountingHandler Handler, FakeTimeProvider Time) Jwks(Func<int, string> jwksForFetch, string? cacheControl = "max-age=3600")
    {
        var handler = new CountingHandler((_, n) => (jwksForFetch(n), cacheControl));
        var time = Verifiers.Clock();
        return (new HttpJwksProvider(new HttpClient(handler), new HttpJwksProviderOptions(), time), handler, time);
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_cached_per_cache_control()
    {
        var issuer = new TestIssuer();
        var (provider, handler, time) = Jwks(_ => issuer.Jwks(), "max-age=600");
        var verifier = new CredentialVerifier(provider, null, new CredentialVerifierOptions { CheckStatus = false }, time);
        var token = issuer.Sign(TestIssuer.Payload());

        Assert.True((await verifier.VerifyAsync(token)).IsValid);
        Assert.True((await verifier.VerifyAsync(token)).IsValid);
        Assert.Equal(1, handler.Count);

        time.Advance(TimeSpan.FromSeconds(601));
        Assert.True((await verifier.VerifyAsync(token)).IsValid);
        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task An_unknown_kid_triggers_exactly_one_refetch_which_picks_up_a_rotated_key()
    {
        var oldKey = new TestIssuer("k1");
        var newKey = new TestIssuer("k2");
        var (provider, handler, time) = Jwks(n => n == 1 ? oldKey.Jwks() : newKey.Jwks());
        var verifier = new CredentialVerifier(provider, null, new CredentialVerifierOptions { CheckStatus = false }, time);
        Assert.True((await verifier.VerifyAsync(oldKey.Sign(TestIssuer.Payload()))).IsValid);

        time.Advance(TimeSpan.FromSeconds(31)); // past the refresh rate limit
        var rotated = await verifier.VerifyAsync(newKey.Sign(TestIssuer.Payload()));

        Assert.True(rotated.IsValid, rotated.ToString());
        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task Unknown_kids_within_the_rate_limit_do_not_refetch()
    {
        var issuer = new TestIssuer();
        var (provider, handler, time) = Jwks(_ => issuer.Jwks());
        var verifier = new CredentialVerifier(provider, null, new CredentialVerifierOptions { CheckStatus = false }, time);
        await verifier.VerifyAsync(issuer.Sign(TestIssuer.Payload()));

        var r = await verifier.VerifyAsync(issuer.Sign(TestIssuer.Payload(), issuer.Header(kid: "random-1")));
        await verifier.VerifyAsync(issuer.Sign(TestIssuer.Payload(), issuer.Header(kid: "random-2")));

        Assert.Equal(VerificationCodes.UnknownKey, r.Code);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_hundred_concurrent_unknown_kids_cause_no_refetch_storm()
    {
        var issuer = new TestIssuer();
        var (provider, handler, time) = Jwks(_ => issuer.Jwks());
        var verifier = new CredentialVerifier(provider, null, new CredentialVerifierOptions { CheckStatus = false }, time);
        await verifier.VerifyAsync(issuer.Sign(TestIssuer.Payload()));
        time.Advance(TimeSpan.FromMinutes(1)); // a refresh is allowed again…

        var tokens = Enumerable.Range(0, 100).Select(i => issuer.Sign(TestIssuer.Payload(), issuer.Header(kid: $"random-{i}"))).ToArray();
        var results = await Task.WhenAll(tokens.Select(t => Task.Run(() => verifier.VerifyAsync(t).AsTask())));

        Assert.All(results, r => Assert.Equal(VerificationCodes.UnknownKey, r.Code));
        Assert.Equal(2, handler.Count); // …and exactly one happens for all 100
    }

    [Fact]
    public async Task Concurrent_first_use_shares_one_fetch()
    {
        var issuer = new TestIssuer();
        var (provider, handler, time) = Jwks(_ => issuer.Jwks());
        var verifier = new CredentialVerifier(provider, null, new CredentialVerifierOptions { CheckStatus = false }, time);
        var token = issuer.Sign(TestIssuer.Payload());

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => verifier.VerifyAsync(token).AsTask())));

        Assert.All(results, r => Assert.True(r.IsValid));
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task Plain_http_urls_are_refused_and_a_failed_fetch_is_key_unavailable_not_an_exception()
    {
        var handler = new CountingHandler((_, _) => ("{}", null));
        var options = new HttpJwksProviderOptions();
        options.JwksUrls[TestIssuer.Issuer] = new Uri("http://api.beltic.com/.well-known/jwks.json");
        var issuer = new TestIssuer();
        var verifier = new CredentialVerifier(new HttpJwksProvider(new HttpClient(handler), options), null, new CredentialVerifierOptions { CheckStatus = false });

        var r = await verifier.VerifyAsync(issuer.Sign(TestIssuer.Payload()));

        // The key source could not be read: that says nothing about the token, so it is not unknown_key.
        Assert.Equal(VerificationCodes.KeyUnavailable, r.Code);
        Assert.Equal(VerificationStep.Key, r.FailedStep);
        Assert.Contains("https", r.Message);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task Status_lists_are_fetched_once_cached_for_max_age_and_decoded_once()
    {
        var issuer = new TestIssuer();
        var handler = new CountingHandler((uri, _) => (TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 7)), "max-age=60"));
        var time = Verifiers.Clock();
        var lists = new HttpStatusListProvider(new HttpClient(handler), null, time);
        var verifier = new CredentialVerifier(StaticJwksProvider.FromJson(issuer.Jwks()), lists, null, time);
        var revoked = issuer.Sign(TestIssuer.Payload(statusIndex: 7));
        var fine = issuer.Sign(TestIssuer.Payload(statusIndex: 8));

        var first = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => verifier.VerifyAsync(i % 2 == 0 ? revoked : fine).AsTask())));
        Assert.All(first.Where((_, i) => i % 2 == 0), r => Assert.Equal(VerificationCodes.Revoked, r.Code));
        Assert.All(first.Where((_, i) => i % 2 == 1), r => Assert.True(r.IsValid));
        Assert.Equal(1, handler.Count);

        time.Advance(TimeSpan.FromSeconds(61));
        await verifier.VerifyAsync(fine);
        Assert.Equal(2, handler.Count);
    }

    [Theory]
    [InlineData("https://lists.example.com", "https://lists.example.com/v1", true)]
    [InlineData("https://lists.example.com", "https://lists.example.com?org=a", true)]
    [InlineData("https://lists.example.com/", "https://lists.example.com/v1", true)]
    [InlineData("https://lists.example.com", "https://lists.example.com.evil.example/v1", false)]
    [InlineData("https://lists.example.com", "https://lists.example.com@evil.example/v1", false)]
    [InlineData("https://lists.example.com/a", "https://lists.example.com/ab", false)]
    [InlineData("", "https://user:pw@lists.example.com/v1", false)]
    public async Task Status_list_urls_are_fetched_only_under_an_allowed_prefix_at_a_boundary_and_never_with_user_info(string prefix, string url, bool fetched)
    {
        var handler = new CountingHandler((_, _) => (TestIssuer.StatusList(TestIssuer.EncodedList()), "max-age=60"));
        var options = new HttpStatusListProviderOptions();
        if (prefix.Length > 0)
        {
            options.AllowedUrlPrefixes.Add(prefix);
        }

        var lists = new HttpStatusListProvider(new HttpClient(handler), options, Verifiers.Clock());

        var list = await lists.GetAsync(url, default);

        Assert.Equal(fetched, list is not null);
        Assert.Equal(fetched ? 1 : 0, handler.Count);
    }

    [Fact]
    public async Task The_di_registration_uses_registered_offline_sources()
    {
        var issuer = new TestIssuer();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Verifiers.Clock());
        services.AddSingleton<IJwksProvider>(StaticJwksProvider.FromJson(issuer.Jwks()));
        services.AddSingleton<IStatusListProvider>(new StaticStatusListProvider().ForAnyUrl(TestIssuer.StatusList(TestIssuer.EncodedList(16_384, 4287))));
        services.AddBelticVerifier(o => o.ClockSkew = TimeSpan.FromSeconds(5));
        await using var provider = services.BuildServiceProvider();

        var verifier = provider.GetRequiredService<CredentialVerifier>();
        var r = await verifier.VerifyAsync(issuer.Sign(TestIssuer.Payload()));

        Assert.Same(verifier, provider.GetRequiredService<CredentialVerifier>());
        Assert.Equal(VerificationCodes.Revoked, r.Code);
    }

    [Fact]
    public async Task Cancellation_is_the_only_exception_besides_programmer_errors()
    {
        var issuer = new TestIssuer();
        var handler = new CountingHandler((_, _) => (issuer.Jwks(), null));
        var verifier = new CredentialVerifier(new HttpJwksProvider(new HttpClient(handler)), null, new CredentialVerifierOptions { CheckStatus = false });
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => verifier.VerifyAsync(issuer.Sign(TestIssuer.Payload()), null, cts.Token).AsTask());
        await Assert.ThrowsAsync<ArgumentNullException>(() => verifier.VerifyAsync(null!).AsTask());
    }
}
