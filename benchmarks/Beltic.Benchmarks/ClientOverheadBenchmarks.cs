using System.Net;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Beltic.Credentials;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beltic.Benchmarks;

/// <summary>
/// What a call through <see cref="BelticClient"/> adds over a raw <see cref="HttpClient"/> GET of the same credential,
/// deserialised with the same source-generated metadata, against an in-process Kestrel server on loopback.
/// </summary>
[MemoryDiagnoser]
public class ClientOverheadBenchmarks
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""
        {"id":"cred_01HQ7P4M6ABC","credential_id":"cred_01HQ7P4M6ABC","credential_type":"business","status":"active",
         "subject":{"id":"biz_widgetcorp","type":"organisation","name":"WidgetCorp Ltd"},
         "claims":{"kyb_status":"approved","verified_at":"2026-05-20T00:00:00Z","jurisdiction":"US-DE"},
         "issuer_did":"did:web:beltic.com","status_list_index":4287,"kid":"K8L9","signed_payload":"eyJhbGciOiJFUzI1NiJ9.e30.sig",
         "evidence_refs":["evidence:ev_1"],"issued_at":"2026-05-21T10:30:00Z","expires_at":"2027-05-20T00:00:00Z","updated_at":"2026-05-21T10:30:00Z"}
        """);

    private WebApplication _server = null!;
    private HttpClient _raw = null!;
    private ServiceProvider _services = null!;
    private BelticClient _beltic = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.MapGet("/v1/credentials/{id}", static context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.Headers["X-Request-Id"] = "req_bench";
            return context.Response.Body.WriteAsync(Body).AsTask();
        });
        await _server.StartAsync();
        var url = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _raw = new HttpClient(new SocketsHttpHandler()) { BaseAddress = new Uri(url + "/v1/") };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBeltic(o => { o.ApiKey = "sk_staging_benchmark_key"; o.BaseAddress = new Uri(url + "/v1"); });
        _services = services.BuildServiceProvider();
        _beltic = _services.GetRequiredService<BelticClient>();
        if ((await _beltic.Credentials.GetAsync("cred_01HQ7P4M6ABC")).Id != (await RawHttpClient()).Id)
        {
            throw new InvalidOperationException("The two paths disagree.");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _raw.Dispose();
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "raw HttpClient + System.Text.Json (same metadata)")]
    public async Task<Credential> RawHttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "credentials/cred_01HQ7P4M6ABC");
        request.Headers.TryAddWithoutValidation("X-Api-Key", "sk_staging_benchmark_key");
        using var response = await _raw.SendAsync(request);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await JsonSerializer.DeserializeAsync(stream, CredentialsJsonContext.Default.Credential))!;
    }

    [Benchmark(Description = "BelticClient.Credentials.GetAsync")]
    public Task<Credential> BelticClientGet() => _beltic.Credentials.GetAsync("cred_01HQ7P4M6ABC");
}
