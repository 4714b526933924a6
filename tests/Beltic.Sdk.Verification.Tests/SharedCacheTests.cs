using System.Net;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>
/// A fleet of verifiers sharing fetched status lists through HybridCache (key sets: <see cref="SharedKeySetTests"/>): in memory (one process) and
/// through a real Redis server (each instance with its own in-memory tier, as separate processes would have).
/// </summary>
public class SharedCacheTests
{
    private readonly TestIssuer _issuer = new();

    /// <summary>An issuer's server: counts requests and serves whatever list is current.</summary>
    internal sealed class Origin(Func<string> body, string cacheControl) : HttpMessageHandler
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body()) };
            response.Headers.TryAddWithoutValidation("Cache-Control", cacheControl);
            return Task.FromResult(response);
        }
    }

    internal static HybridCache InMemory() => new ServiceCollection().AddHybridCache().Services.BuildServiceProvider().GetRequiredService<HybridCache>();

    internal static HybridCache OverRedis(RedisServer redis)
    {
        var services = new ServiceCollection();
        services.AddStackExchangeRedisCache(o => o.Configuration = redis.Configuration);
        services.AddHybridCache();
        return services.BuildServiceProvider().GetRequiredService<HybridCache>();
    }

    [Fact]
    public Task Instances_sharing_an_in_memory_cache_fetch_a_list_once_per_max_age()
    {
        var shared = InMemory(); // one process: the instances share the cache object itself
        return FleetFetchesOncePerMaxAge(() => shared, _ => Task.CompletedTask);
    }

    [RedisFact]
    public async Task Instances_sharing_redis_fetch_a_list_once_per_max_age_and_see_a_revocation_within_60_s()
    {
        using var redis = await RedisServer.StartAsync();
        await FleetFetchesOncePerMaxAge(() => OverRedis(redis), key => InRedis(redis, key));
    }

    /// <summary>HybridCache may write to Redis after returning the value; wait for the write, as a later request would.</summary>
    internal static async Task InRedis(RedisServer redis, string key)
    {
        using var direct = new Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache(new Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions { Configuration = redis.Configuration });
        for (var i = 0; i < 100 && await direct.GetAsync(key) is null; i++)
        {
            await Task.Delay(20);
        }
    }

    private async Task FleetFetchesOncePerMaxAge(Func<HybridCache> cacheForInstance, Func<string, Task> published)
    {
        var revoked = Array.Empty<long>();
        var origin = new Origin(() => TestIssuer.StatusList(TestIssuer.EncodedList(16_384, revoked)), "max-age=60");
        var time = Verifiers.Clock();
        var fleet = Enumerable.Range(0, 4).Select(_ => Instance(origin, cacheForInstance(), time)).ToArray();
        var token = _issuer.Sign(TestIssuer.Payload(statusIndex: 7));

        Assert.True((await fleet[0].VerifyAsync(token)).IsValid);
        await published("beltic:verifier:status-list:v2:" + TestIssuer.StatusUrl);
        foreach (var verifier in fleet[1..])
        {
            Assert.True((await verifier.VerifyAsync(token)).IsValid);
        }

        Assert.Equal(1, origin.Count); // four instances, one fetch

        revoked = [7]; // the issuer revokes; every instance still holds a list that was fresh when fetched
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.All(await Task.WhenAll(fleet.Select(v => v.VerifyAsync(token).AsTask())), r => Assert.True(r.IsValid));
        Assert.Equal(1, origin.Count);

        time.Advance(TimeSpan.FromSeconds(31)); // past max-age: the first instance refetches, the others read its copy
        foreach (var verifier in fleet)
        {
            Assert.Equal(VerificationCodes.Revoked, (await verifier.VerifyAsync(token)).Code);
        }

        Assert.Equal(2, origin.Count);
    }

    private CredentialVerifier Instance(Origin origin, HybridCache cache, FakeTimeProvider time)
        => new(StaticJwksProvider.FromJson(_issuer.Jwks()), new HttpStatusListProvider(new HttpClient(origin, disposeHandler: false), cache, null, time), null, time);

    [Fact]
    public async Task A_key_set_planted_in_the_shared_cache_is_never_trusted()
    {
        // Whoever can write the shared cache plants a key set with their own key, fresh until year 9999.
        var attacker = new TestIssuer("k-evil");
        var shared = InMemory();
        await shared.SetAsync("beltic:verifier:jwks:v2:did:web:beltic.com https://api.beltic.com/.well-known/jwks.json", "0\n253402300798000\n" + attacker.Jwks());
        var origin = new Routed(url => url.EndsWith("/jwks.json", StringComparison.Ordinal) ? _issuer.Jwks() : TestIssuer.StatusList(TestIssuer.EncodedList()));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Verifiers.Clock());
        services.AddSingleton(shared);
        services.AddBelticVerifier(null, shareFetches: true);
        services.AddHttpClient(Microsoft.Extensions.DependencyInjection.VerifierServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => origin);
        await using var provider = services.BuildServiceProvider();
        var verifier = provider.GetRequiredService<CredentialVerifier>();

        var forged = await verifier.VerifyAsync(attacker.Sign(TestIssuer.Payload()));
        var genuine = await verifier.VerifyAsync(_issuer.Sign(TestIssuer.Payload()));

        Assert.Equal(VerificationCodes.UnknownKey, forged.Code);
        Assert.True(genuine.IsValid, genuine.ToString());
    }

    [Fact]
    public async Task A_shared_list_claiming_to_stay_fresh_beyond_the_readers_own_limit_is_fetched_again()
    {
        // A producer with a fast clock or a long max-age setting (or a forged entry) must not stretch how long a
        // revocation stays hidden: the reader keeps nothing longer than its own MaxMaxAge.
        var time = Verifiers.Clock();
        var shared = InMemory();
        var farFuture = (time.GetUtcNow() + TimeSpan.FromDays(1)).ToUnixTimeMilliseconds();
        await shared.SetAsync("beltic:verifier:status-list:v2:" + TestIssuer.StatusUrl, time.GetUtcNow().ToUnixTimeMilliseconds() + "\n" + farFuture + "\n" + TestIssuer.StatusList(TestIssuer.EncodedList()));
        var origin = new Origin(() => TestIssuer.StatusList(TestIssuer.EncodedList(16_384, [7])), "max-age=60");

        var result = await Instance(origin, shared, time).VerifyAsync(_issuer.Sign(TestIssuer.Payload(statusIndex: 7)));

        Assert.Equal(VerificationCodes.Revoked, result.Code);
        Assert.Equal(1, origin.Count);
    }

    /// <summary>An issuer's server answering by URL.</summary>
    internal sealed class Routed(Func<string, string> body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body(request.RequestUri!.AbsoluteUri)) };
            response.Headers.TryAddWithoutValidation("Cache-Control", "max-age=60");
            return Task.FromResult(response);
        }
    }

    [Fact]
    public async Task A_failing_shared_cache_falls_back_to_fetching()
    {
        var origin = new Origin(() => TestIssuer.StatusList(TestIssuer.EncodedList()), "max-age=60");
        var time = Verifiers.Clock();
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Caching.Distributed.IDistributedCache>(new Microsoft.Extensions.Caching.StackExchangeRedis.RedisCache(
            new Microsoft.Extensions.Caching.StackExchangeRedis.RedisCacheOptions { Configuration = "127.0.0.1:1,abortConnect=false,connectTimeout=200" }));
        services.AddHybridCache();
        var verifier = Instance(origin, services.BuildServiceProvider().GetRequiredService<HybridCache>(), time);

        var r = await verifier.VerifyAsync(_issuer.Sign(TestIssuer.Payload(statusIndex: 7)));

        Assert.True(r.IsValid, r.ToString());
        Assert.Equal(1, origin.Count);
    }

    [Fact]
    public async Task The_di_registration_shares_fetches_through_the_registered_hybrid_cache()
    {
        var origin = new Origin(() => TestIssuer.StatusList(TestIssuer.EncodedList()), "max-age=60");
        var shared = InMemory();
        var time = Verifiers.Clock();
        async Task<VerificationResult> VerifyWithNewContainer()
        {
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton(shared);
            services.AddSingleton<IJwksProvider>(StaticJwksProvider.FromJson(_issuer.Jwks()));
            services.AddBelticVerifier(null, shareFetches: true);
            services.AddHttpClient(Microsoft.Extensions.DependencyInjection.VerifierServiceCollectionExtensions.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => origin);
            await using var provider = services.BuildServiceProvider();
            return await provider.GetRequiredService<CredentialVerifier>().VerifyAsync(_issuer.Sign(TestIssuer.Payload()));
        }

        Assert.True((await VerifyWithNewContainer()).IsValid);
        Assert.True((await VerifyWithNewContainer()).IsValid);
        Assert.Equal(1, origin.Count);
    }
}
