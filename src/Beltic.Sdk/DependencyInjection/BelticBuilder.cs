using Microsoft.Extensions.DependencyInjection;

namespace Beltic.DependencyInjection;

/// <summary>Returned by <c>AddBeltic</c>: lets an app customise the SDK's HTTP clients (proxy, extra handlers).</summary>
public sealed class BelticBuilder
{
    internal BelticBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection the SDK was added to.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Applies <paramref name="configure"/> to both of the SDK's named HTTP clients (API and well-known). Handlers added
    /// here run innermost, after the SDK's own retry, auth and user-agent handlers.
    /// </summary>
    /// <param name="configure">The customisation, e.g. <c>b =&gt; b.ConfigurePrimaryHttpMessageHandler(...)</c>.</param>
    /// <returns>This builder.</returns>
    public BelticBuilder ConfigureHttpClients(Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Services.AddHttpClient(Http.BelticHttpClientNames.Api));
        configure(Services.AddHttpClient(Http.BelticHttpClientNames.WellKnown));
        return this;
    }
}
