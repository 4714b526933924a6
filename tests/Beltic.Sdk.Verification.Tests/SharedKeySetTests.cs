using System.Net;
using System.Security.Cryptography;
using Beltic.Sdk.Verification.Tests.Support;
using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Beltic.Sdk.Verification.Tests;

/// <summary>
/// Key sets (and, optionally, status lists) shared through HybridCache only when authenticated with the fleet's
/// integrity key: shared fetches once, and whoever can write the cache without the key plants nothing a reader trusts.
/// </summary>
public class SharedKeySetTests
{
    private const string JwksUrl = "https://api.beltic.com/.well-known/jwks.json";
    private static readonly byte[] FleetKey = RandomNumberGenerator.GetBytes(32);
    private readonly TestIssuer _issuer = new();

    /// <summary>The issuer's server: a JWKS at <see cref="JwksUrl"/> (counted), a clean status list elsewhere.</summary>
    private sealed class Origin(Func<string> jwks, string cacheControl = "max-age=3600") : HttpMessageHandler
    {
        private int _jwksFetches;

        public int JwksFetches => _jwksFetches;

        public string CacheControl { get; set; } = cacheControl;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var isJwks = request.RequestUri!.AbsoluteUri == JwksUrl;
            if (isJwks)
            {
                Interlocked.Increment(ref _jwksFetches);
            }

            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(isJwks ? jwks() : TestIssuer.StatusList(TestIssuer.EncodedList())) };
            response.Headers.TryAddWithoutValidation("Cache-Control", CacheControl);
            return Task.FromResult(response);
        }
    }

    /// <summary>The shared cache, recording the names entries are stored under, so a test can overwrite one as an attacker would.</summary>
    private sealed class Recording(HybridCache inner) : HybridCache
    {
        public List<string> Names { get; } = [];

        public override ValueTask<T> GetOrCreateAsync<TState, T>(string key, TState state, Func<TState, CancellationToken, ValueTask<T>> factory, HybridCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default)
        {
            lock (Names) { Names.Add(key); }
            return inner.GetOrCreateAsync(key, state, factory, options, tags, cancellationToken);
        }

        public override ValueTask SetAsync<T>(string key, T value, HybridCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default)
            => inner.SetAsync(key, value, options, tags, cancellationToken);

        public override ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default) => inner.RemoveAsync(key, cancellationToken);

        public override ValueTask RemoveByTagAsync(string tag, CancellationToken cancellationToken = default) => inner.RemoveByTagAsync(tag, cancellationToken);

        public string NameContaining(string part) => Names.First(n => n.Contains(part, StringComparison.Ordinal));
    }

    private static HttpJwksProvider SharedKeys(Origin origin, HybridCache cache, FakeTimeProvider time, byte[]? key = null)
        => new(new HttpClient(origin, disposeHandler: false), cache, new HttpJwksProviderOptions { SharedCacheIntegrityKey = key ?? FleetKey }, time);

    private static CredentialVerifier Verifier(IJwksProvider keys, FakeTimeProvider time)
        => new(keys, new StaticStatusListProvider().ForAnyUrl(TestIssuer.StatusList(TestIssuer.EncodedList())), null, time);

    [Fact]
    public async Task A_fleet_sharing_an_authenticated_key_set_fetches_it_once()
    {
        var origin = new Origin(() => _issuer.Jwks());
        var shared = SharedCacheTests.InMemory();
        var time = Verifiers.Clock();
        var fleet = Enumerable.Range(0, 4).Select(_ => Verifier(SharedKeys(origin, shared, time), time)).ToArray();

        foreach (var verifier in fleet)
        {
            var result = await verifier.VerifyAsync(_issuer.Sign(TestIssuer.Payload()));
            Assert.True(result.IsValid, result.ToString());
        }

        Assert.Equal(1, origin.JwksFetches);
    }

    [RedisFact]
    public async Task A_fleet_sharing_an_authenticated_key_set_through_redis_fetches_it_once()
    {
        using var redis = await RedisServer.StartAsync();
        var origin = new Origin(() => _issuer.Jwks());
        var time = Verifiers.Clock();
        var first = new Recording(SharedCacheTests.OverRedis(redis));
        Assert.True((await Verifier(SharedKeys(origin, first, time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);
        await SharedCacheTests.InRedis(redis, first.NameContaining("jwks"));

        foreach (var _ in Enumerable.Range(0, 3)) // each instance with its own in-memory tier, as separate processes have
        {
            var result = await Verifier(SharedKeys(origin, SharedCacheTests.OverRedis(redis), time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()));
            Assert.True(result.IsValid, result.ToString());
        }

        Assert.Equal(1, origin.JwksFetches);
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("made-up mac")]
    [InlineData("genuine mac, other body")]
    public async Task A_key_set_planted_over_the_shared_entry_without_the_fleet_key_is_never_trusted(string forgery)
    {
        var attacker = new TestIssuer("k-evil");
        var origin = new Origin(() => _issuer.Jwks());
        var time = Verifiers.Clock();
        var shared = new Recording(SharedCacheTests.InMemory());
        Assert.True((await Verifier(SharedKeys(origin, shared, time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);
        var name = shared.NameContaining("jwks");
        var genuine = await shared.GetOrCreateAsync(name, _ => ValueTask.FromResult("missing"));
        Assert.StartsWith("hmac-sha256:", genuine, StringComparison.Ordinal);

        var freshUntil = time.GetUtcNow().ToUnixTimeMilliseconds() + "\n" + (time.GetUtcNow() + TimeSpan.FromMinutes(30)).ToUnixTimeMilliseconds() + "\n" + attacker.Jwks();
        var planted = forgery switch
        {
            "unsigned" => freshUntil,
            "made-up mac" => "hmac-sha256:" + new string('a', 64) + "\n" + freshUntil,
            _ => genuine[..(genuine.IndexOf('\n', StringComparison.Ordinal) + 1)] + freshUntil,
        };
        await shared.SetAsync(name, planted);

        var victim = Verifier(SharedKeys(origin, shared, time), time);
        var forged = await victim.VerifyAsync(attacker.Sign(TestIssuer.Payload()));
        var real = await victim.VerifyAsync(_issuer.Sign(TestIssuer.Payload()));

        Assert.Equal(VerificationCodes.UnknownKey, forged.Code);
        Assert.True(real.IsValid, real.ToString());
        Assert.Equal(2, origin.JwksFetches); // the victim ignored the planted entry and asked the issuer
    }

    [Fact]
    public async Task Instances_with_another_fleet_key_neither_trust_nor_overwrite_each_others_entries()
    {
        var origin = new Origin(() => _issuer.Jwks());
        var time = Verifiers.Clock();
        var shared = new Recording(SharedCacheTests.InMemory());

        Assert.True((await Verifier(SharedKeys(origin, shared, time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);
        Assert.True((await Verifier(SharedKeys(origin, shared, time, RandomNumberGenerator.GetBytes(32)), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);
        Assert.True((await Verifier(SharedKeys(origin, shared, time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);

        Assert.Equal(2, origin.JwksFetches); // one per fleet key; the third instance read its own fleet's entry
        Assert.Equal(2, shared.Names.Where(n => n.Contains("jwks", StringComparison.Ordinal)).Distinct().Count());
    }

    [Fact]
    public void Sharing_key_sets_without_a_strong_integrity_key_is_refused_before_anything_is_fetched()
    {
        using var http = new HttpClient();
        var none = Assert.Throws<ArgumentException>(() => new HttpJwksProvider(http, SharedCacheTests.InMemory(), new HttpJwksProviderOptions()));
        var weak = Assert.Throws<ArgumentException>(() => new HttpJwksProvider(http, SharedCacheTests.InMemory(), new HttpJwksProviderOptions { SharedCacheIntegrityKey = new byte[16] }));
        var weakLists = Assert.Throws<ArgumentException>(() => new HttpStatusListProvider(http, SharedCacheTests.InMemory(), new HttpStatusListProviderOptions { SharedCacheIntegrityKey = new byte[31] }));

        Assert.Contains("SharedCacheIntegrityKey", none.Message, StringComparison.Ordinal);
        Assert.Contains("at least 32", weak.Message, StringComparison.Ordinal);
        Assert.Contains("at least 32", weakLists.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_missing_from_the_shared_copy_is_fetched_from_the_issuer_at_once()
    {
        var rotated = new TestIssuer("k2");
        var rotatedIn = false;
        var origin = new Origin(() => rotatedIn ? _issuer.Jwks(TestIssuer.Jwk(rotated.Key, "k2")) : _issuer.Jwks());
        var time = Verifiers.Clock();
        var shared = SharedCacheTests.InMemory();
        Assert.True((await Verifier(SharedKeys(origin, shared, time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);

        rotatedIn = true; // the shared copy (fresh for an hour) predates the new key
        var result = await Verifier(SharedKeys(origin, shared, time), time).VerifyAsync(rotated.Sign(TestIssuer.Payload()));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(2, origin.JwksFetches);
    }

    [Fact]
    public async Task A_key_set_is_kept_no_longer_than_MaxMaxAge_whatever_the_server_says()
    {
        var origin = new Origin(() => _issuer.Jwks(), "max-age=31536000");
        var time = Verifiers.Clock();
        var verifier = Verifier(new HttpJwksProvider(new HttpClient(origin, disposeHandler: false), new HttpJwksProviderOptions(), time), time);
        Assert.True((await verifier.VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);

        time.Advance(TimeSpan.FromHours(23));
        Assert.True((await verifier.VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);
        Assert.Equal(1, origin.JwksFetches);

        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1)); // 24 h: the default MaxMaxAge
        Assert.True((await verifier.VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);
        Assert.Equal(2, origin.JwksFetches);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_an_integrity_key_a_redated_status_list_cannot_hide_a_revocation(bool withKey)
    {
        var revoked = Array.Empty<long>();
        var listOrigin = new SharedCacheTests.Origin(() => TestIssuer.StatusList(TestIssuer.EncodedList(16_384, revoked)), "max-age=60");
        var time = Verifiers.Clock();
        var shared = new Recording(SharedCacheTests.InMemory());
        var options = new HttpStatusListProviderOptions { SharedCacheIntegrityKey = withKey ? FleetKey : null };
        CredentialVerifier Instance() => new(StaticJwksProvider.FromJson(_issuer.Jwks()), new HttpStatusListProvider(new HttpClient(listOrigin, disposeHandler: false), shared, options, time), null, time);
        var token = _issuer.Sign(TestIssuer.Payload(statusIndex: 7));
        Assert.True((await Instance().VerifyAsync(token)).IsValid);
        var name = shared.NameContaining("status-list");
        var oldEntry = await shared.GetOrCreateAsync(name, _ => ValueTask.FromResult("missing"));

        revoked = [7];
        time.Advance(TimeSpan.FromSeconds(61)); // the published copy is stale; whoever writes the cache replants it as fresh
        var parts = oldEntry.Split('\n', withKey ? 4 : 3); // [mac,] produced, expires, list
        var fields = withKey ? parts[1..] : parts;
        var redated = fields[0] + "\n" + (time.GetUtcNow() + TimeSpan.FromSeconds(50)).ToUnixTimeMilliseconds() + "\n" + fields[2];
        await shared.SetAsync(name, withKey ? parts[0] + "\n" + redated : redated);

        var result = await Instance().VerifyAsync(token);

        // Without the key the shared cache is trusted like the verifiers (documented); with it, the replant is refused.
        if (withKey)
        {
            Assert.Equal(VerificationCodes.Revoked, result.Code);
        }
        else
        {
            Assert.True(result.IsValid, result.ToString());
        }

        Assert.Equal(withKey ? 2 : 1, listOrigin.Count);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public async Task The_di_registration_shares_key_sets_only_when_an_integrity_key_is_configured(bool configureKey, int expectedFetches)
    {
        var origin = new Origin(() => _issuer.Jwks());
        var shared = SharedCacheTests.InMemory();
        var time = Verifiers.Clock();
        async Task<VerificationResult> VerifyWithNewContainer()
        {
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton(shared);
            if (configureKey)
            {
                services.Configure<HttpJwksProviderOptions>(o => o.SharedCacheIntegrityKey = FleetKey);
            }

            services.AddBelticVerifier(null, shareFetches: true);
            services.AddHttpClient(VerifierServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => origin);
            await using var provider = services.BuildServiceProvider();
            return await provider.GetRequiredService<CredentialVerifier>().VerifyAsync(_issuer.Sign(TestIssuer.Payload()));
        }

        Assert.True((await VerifyWithNewContainer()).IsValid);
        Assert.True((await VerifyWithNewContainer()).IsValid);
        Assert.Equal(expectedFetches, origin.JwksFetches);
    }

    [Fact]
    public async Task An_authentic_entry_moved_to_another_issuers_name_is_ignored()
    {
        // Another trusted issuer's genuine key set, copied over Beltic's entry, must not let its keys sign for Beltic.
        var other = new TestIssuer("k-other");
        var origin = new SharedCacheTests.Routed(url => url.Contains("other.example", StringComparison.Ordinal) ? other.Jwks() : _issuer.Jwks());
        var time = Verifiers.Clock();
        var shared = new Recording(SharedCacheTests.InMemory());
        var options = new HttpJwksProviderOptions { SharedCacheIntegrityKey = FleetKey };
        options.JwksUrls["did:web:other.example"] = new Uri("https://other.example/.well-known/jwks.json");
        var first = new HttpJwksProvider(new HttpClient(origin, disposeHandler: false), shared, options, time);
        Assert.NotNull(await first.FindKeyAsync("did:web:other.example", "k-other", default));
        Assert.NotNull(await first.FindKeyAsync(TestIssuer.Issuer, "k1", default));
        var otherName = shared.NameContaining("other.example");
        var belticName = shared.Names.First(n => n.Contains("jwks", StringComparison.Ordinal) && n.Contains(TestIssuer.Issuer + " ", StringComparison.Ordinal));
        await shared.SetAsync(belticName, await shared.GetOrCreateAsync(otherName, _ => ValueTask.FromResult("missing")));

        var victim = Verifier(new HttpJwksProvider(new HttpClient(origin, disposeHandler: false), shared, options, time), time);
        var forged = await victim.VerifyAsync(other.Sign(TestIssuer.Payload())); // iss did:web:beltic.com, kid k-other

        Assert.Equal(VerificationCodes.UnknownKey, forged.Code);
    }

    [Fact]
    public async Task An_authentic_older_key_set_written_back_over_a_newer_one_is_refused_by_instances_that_saw_the_newer()
    {
        // k1 leaks; the issuer replaces it by k2. Whoever writes the cache (and holds the stolen k1) writes the old,
        // authentic, still unexpired set back, hoping instances that moved on will take it again.
        var rotated = new TestIssuer("k2");
        var rotatedIn = false;
        var origin = new Origin(() => rotatedIn ? rotated.Jwks() : _issuer.Jwks());
        var time = Verifiers.Clock();
        var shared = new Recording(SharedCacheTests.InMemory());
        Assert.True((await Verifier(SharedKeys(origin, shared, time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);
        var name = shared.NameContaining("jwks");
        var old = await shared.GetOrCreateAsync(name, _ => ValueTask.FromResult("missing")); // fresh for an hour

        rotatedIn = true;
        origin.CacheControl = "max-age=60";
        time.Advance(TimeSpan.FromMinutes(10));
        var instance = Verifier(SharedKeys(origin, shared, time), time);
        Assert.True((await instance.VerifyAsync(rotated.Sign(TestIssuer.Payload()))).IsValid); // asks the issuer, publishes the k2 set

        await shared.SetAsync(name, old);
        time.Advance(TimeSpan.FromSeconds(61)); // its k2 copy is stale: it reads the shared entry again
        var replayed = await instance.VerifyAsync(_issuer.Sign(TestIssuer.Payload()));

        Assert.Equal(VerificationCodes.UnknownKey, replayed.Code);
        Assert.Equal(3, origin.JwksFetches); // the written-back entry was refused and the issuer asked again
    }

    [Fact]
    public async Task A_shared_key_set_is_fresh_at_most_an_hour_whatever_the_server_says()
    {
        var origin = new Origin(() => _issuer.Jwks(), "max-age=31536000");
        var time = Verifiers.Clock();
        var shared = SharedCacheTests.InMemory();
        Assert.True((await Verifier(SharedKeys(origin, shared, time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);

        time.Advance(TimeSpan.FromMinutes(50));
        Assert.True((await Verifier(SharedKeys(origin, shared, time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);
        Assert.Equal(1, origin.JwksFetches); // read from the shared copy

        time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        Assert.True((await Verifier(SharedKeys(origin, shared, time), time).VerifyAsync(_issuer.Sign(TestIssuer.Payload()))).IsValid);
        Assert.Equal(2, origin.JwksFetches);
    }
}
