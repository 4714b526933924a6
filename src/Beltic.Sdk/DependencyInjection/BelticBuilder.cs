using Beltic.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Beltic.DependencyInjection;

/// <summary>Returned by <c>AddBeltic</c>: lets an app customise one configured client's HTTP pipelines (proxy, extra handlers).</summary>
public sealed class BelticBuilder
{
    internal BelticBuilder(IServiceCollection services, string name)
    {
        Services = services;
        Name = name;
    }

    /// <summary>The service collection the SDK was added to.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The configured client's name (empty for the default client).</summary>
    public string Name { get; }

    /// <summary>
    /// Applies <paramref name="configure"/> to every HTTP client of this Beltic client: the API, its public endpoints,
    /// the well-known documents and presigned uploads. Handlers added here run innermost, after the SDK's own retry,
    /// auth and user-agent handlers; a primary handler (e.g. a proxy) applies to all four.
    /// </summary>
    /// <param name="configure">The customisation, e.g. <c>b =&gt; b.ConfigurePrimaryHttpMessageHandler(...)</c>.</param>
    /// <returns>This builder.</returns>
    public BelticBuilder ConfigureHttpClients(Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        foreach (var pipeline in BelticHttpClientNames.All)
        {
            configure(Services.AddHttpClient(BelticHttpClientNames.For(pipeline, Name)));
        }

        return this;
    }
}
