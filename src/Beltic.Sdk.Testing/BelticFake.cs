using System.Net;
using Beltic.Testing.Credentials;
using Beltic.Testing.Hosting;
using Beltic.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beltic.Testing;

/// <summary>
/// A fake Beltic for your tests — what stripe-mock is for Stripe, but in-process and stateful. It signs real ES256
/// credentials, serves the well-known documents, checks API keys and scopes, honours idempotency keys, writes the
/// audit trail, delivers signed webhooks, and injects faults on request.
/// </summary>
/// <example>
/// <code>
/// await using var fake = await BelticFake.StartAsync();              // http://127.0.0.1:{free port}
/// using var beltic = fake.CreateClient();                            // a real BelticClient, real pipeline
/// // or, with no socket: var fake = BelticFake.CreateInMemory(); services.AddBeltic(o =&gt; { }).UseFake(fake);
/// </code>
/// </example>
public sealed partial class BelticFake : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeState _state;
    private readonly FakeCredentials _credentials;
    private readonly bool _inMemory;

    private BelticFake(BelticFakeOptions options, bool inMemory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _inMemory = inMemory;
        _state = new FakeState(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_state.Time);
        if (inMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        }

        _app = builder.Build();
        _credentials = new FakeCredentials(_state);
        new FakePipeline(_state, Journal, Faults).Use(_app);
        foreach (var area in Areas())
        {
            area.Map(_app);
        }
    }

    /// <summary>The default API key (every scope).</summary>
    public string ApiKey => _state.Options.ApiKey;

    /// <summary>The API base address, e.g. <c>http://127.0.0.1:51234/v1</c> (<c>http://localhost/v1</c> in memory).</summary>
    public Uri BaseAddress => new(_state.HostAddress, "v1");

    /// <summary>The host root, where <c>/.well-known/*</c> lives.</summary>
    public Uri HostAddress => _state.HostAddress;

    /// <summary>The issuer DID of the credentials it signs.</summary>
    public string Issuer => _state.Options.Issuer;

    /// <summary>The JWKS holding the signing key, as served at <c>/.well-known/jwks.json</c>.</summary>
    public string JwksJson => CredentialSigner.Jwks(_state);

    /// <summary>The fake's clock.</summary>
    public TimeProvider Time => _state.Time;

    /// <summary>Every request received (API key redacted).</summary>
    public BelticFakeJournal Journal { get; } = new();

    /// <summary>Faults to inject: 429/503 answers, dropped connections, slow answers.</summary>
    public BelticFakeFaults Faults { get; } = new();

    /// <summary>Starts the fake on 127.0.0.1 on a free port, reachable by other processes and tools.</summary>
    /// <param name="options">Settings; default a fresh signing key and an all-scopes key.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running fake; dispose it to stop it.</returns>
    public static async Task<BelticFake> StartAsync(BelticFakeOptions? options = null, CancellationToken cancellationToken = default)
    {
        var fake = new BelticFake(options ?? new BelticFakeOptions(), inMemory: false);
        await fake._app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake._state.HostAddress = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>Creates the fake in memory (ASP.NET Core <c>TestServer</c>): no socket; use <see cref="CreateHandler"/> or <c>UseFake</c>.</summary>
    /// <param name="options">Settings.</param>
    /// <returns>The fake, already running.</returns>
    public static BelticFake CreateInMemory(BelticFakeOptions? options = null)
    {
        var fake = new BelticFake(options ?? new BelticFakeOptions(), inMemory: true);
        fake._app.StartAsync().GetAwaiter().GetResult(); // TestServer starts synchronously; no I/O
        return fake;
    }

    /// <summary>
    /// The handler that reaches this fake: the in-memory server's own handler, or a plain socket handler for a fake
    /// started on 127.0.0.1. <c>UseFake</c> plugs it into every HTTP client of a <see cref="BelticClient"/>.
    /// </summary>
    /// <returns>A new handler.</returns>
    public HttpMessageHandler CreateHandler()
        => _inMemory ? new DroppedConnectionHandler(_app.GetTestServer().CreateHandler()) : new SocketsHttpHandler();

    /// <summary>A <see cref="BelticClient"/> pointed at this fake, with the default key and its real pipeline.</summary>
    /// <param name="configure">Further options (e.g. retries); base address and key are set first.</param>
    /// <returns>The client; dispose it.</returns>
    public BelticClient CreateClient(Action<BelticClientOptions>? configure = null)
    {
        var options = new BelticClientOptions { ApiKey = ApiKey, BaseAddress = BaseAddress, WellKnownBaseAddress = HostAddress };
        configure?.Invoke(options);
        return _inMemory ? BelticClientFactory.Create(options, this) : new BelticClient(options);
    }

    /// <summary>
    /// An offline verifier that trusts this fake's issuer and key and reads its live status list, as a relying party
    /// that fetched both would.
    /// </summary>
    /// <returns>The verifier.</returns>
    public CredentialVerifier CreateVerifier() => _credentials.Verifier;

    /// <summary>Adds an API key with only the given scopes (e.g. <c>credentials:read</c>), to test 403 handling.</summary>
    /// <param name="key">An <c>sk_staging_…</c> or <c>sk_production_…</c> key.</param>
    /// <param name="scopes">The scopes it grants.</param>
    public void AddApiKey(string key, params string[] scopes) => _state.Keys.Add(key, scopes);

    /// <summary>Revokes an API key: it now gets 401.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it was known.</returns>
    public bool RemoveApiKey(string key) => _state.Keys.Remove(key);

    /// <summary>Stops the fake.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private IEnumerable<IFakeArea> Areas()
    {
        yield return _credentials;
        yield return new WellKnown.FakeWellKnown(_state, _credentials);
        yield return IdentityArea;
        yield return new Identity.FakeUploads(_state, IdentityData.Uploads);
        yield return new Identity.FakeDocuments(IdentityData);
        yield return new Kyb.FakeBusinesses(IdentityData);
        yield return new Kyb.FakeScreenings(IdentityData);
        yield return new Kyb.FakeWebsiteChecks(IdentityData);
        yield return WorkflowsArea;
        yield return AuditArea;
        yield return WebhooksArea;
    }
}
