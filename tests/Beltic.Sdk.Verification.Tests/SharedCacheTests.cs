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
/// A fleet of verifiers sharing fetched status lists and key sets through HybridCache: in memory (one process) and
/// through a real Redis server (each instance with its own in-memory tier, as separate processes would have).
/// </summary>
public class SharedCacheTests
{
    private readonly TestIssuer _issuer = new();

    /// <summary>An issuer's server: counts requests and serves whatever list is current.</summary>
    private sealed class Origin(Func<string> body, string cacheControl) : HttpMessageHandler
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

    private static HybridCache InMemory() => new ServiceCollection().AddHybridCache().Services.BuildServiceProvider().GetRequiredService<HybridCache>();

    private static HybridCache OverRedis(RedisServer redis)
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
    private static async Task InRedis(RedisServer redis, string key)
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
        await published("beltic:verifier:status-list:v1:" + TestIssuer.StatusUrl);
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

    [RedisFact]
    public async Task A_key_rotation_seen_by_one_instance_reaches_the_others_through_redis()
    {
        using var redis = await RedisServer.StartAsync();
        var oldKey = new TestIssuer("k1");
        var newKey = new TestIssuer("k2");
        var current = oldKey;
        var origin = new Origin(() => current.Jwks(), "max-age=3600");
        var time = Verifiers.Clock();
        var options = new CredentialVerifierOptions { CheckStatus = false };
        var a = new CredentialVerifier(new HttpJwksProvider(new HttpClient(origin, false), OverRedis(redis), null, time), null, options, time);
        var b = new CredentialVerifier(new HttpJwksProvider(new HttpClient(origin, false), OverRedis(redis), null, time), null, options, time);

        Assert.True((await a.VerifyAsync(oldKey.Sign(TestIssuer.Payload()))).IsValid);
        await InRedis(redis, "beltic:verifier:jwks:v1:did:web:beltic.com https://api.beltic.com/.well-known/jwks.json");
        Assert.True((await b.VerifyAsync(oldKey.Sign(TestIssuer.Payload()))).IsValid);
        Assert.Equal(1, origin.Count);

        current = newKey;
        time.Advance(TimeSpan.FromSeconds(31)); // past the unknown-kid refresh limit
        Assert.True((await a.VerifyAsync(newKey.Sign(TestIssuer.Payload()))).IsValid); // a refetches and publishes k2
        Assert.Equal(2, origin.Count);
        Assert.True((await b.VerifyAsync(newKey.Sign(TestIssuer.Payload()))).IsValid);  // b's unknown-kid refresh goes to the issuer too
        Assert.Equal(VerificationCodes.UnknownKey, (await b.VerifyAsync(oldKey.Sign(TestIssuer.Payload()))).Code);
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
