using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="CredentialVerifier"/> with dependency injection.</summary>
public static class VerifierServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the online providers use.</summary>
    public const string HttpClientName = "Beltic.Verification";

    /// <summary>
    /// Adds a singleton <see cref="CredentialVerifier"/>. Key and status sources registered before this call
    /// (<see cref="IJwksProvider"/>, <see cref="IStatusListProvider"/>) are used; otherwise the online providers fetch
    /// Beltic's JWKS and the credentials' status lists over HTTPS with caching.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Verifier settings.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddBelticVerifier(this IServiceCollection services, Action<CredentialVerifierOptions>? configure = null)
        => services.AddBelticVerifier(configure, shareFetches: false);

    /// <summary>
    /// Adds a singleton <see cref="CredentialVerifier"/> as <see cref="AddBelticVerifier(IServiceCollection, Action{CredentialVerifierOptions}?)"/>
    /// does; with <paramref name="shareFetches"/>, the online status-list provider shares the lists it fetches through the
    /// registered <see cref="HybridCache"/> (register it with <c>AddHybridCache()</c>, and a distributed cache such as
    /// <c>AddStackExchangeRedisCache</c> so that a fleet of instances shares one copy). Key sets are never shared: whoever
    /// could write the shared cache could add a key. Give the shared cache the trust you give the verifiers: whoever can
    /// write it can hide a revocation.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Verifier settings.</param>
    /// <param name="shareFetches">Whether the online status-list provider uses the registered <see cref="HybridCache"/>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddBelticVerifier(this IServiceCollection services, Action<CredentialVerifierOptions>? configure, bool shareFetches)
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptions<CredentialVerifierOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJwksProvider>(sp => new HttpJwksProvider(Http(sp), null, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IStatusListProvider>(sp => shareFetches
            ? new HttpStatusListProvider(Http(sp), sp.GetRequiredService<HybridCache>(), null, sp.GetRequiredService<TimeProvider>())
            : new HttpStatusListProvider(Http(sp), null, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new CredentialVerifier(
            sp.GetRequiredService<IJwksProvider>(),
            sp.GetRequiredService<IStatusListProvider>(),
            sp.GetRequiredService<IOptions<CredentialVerifierOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static HttpClient Http(IServiceProvider sp) => sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
}
