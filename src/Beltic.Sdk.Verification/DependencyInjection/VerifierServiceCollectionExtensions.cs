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
    /// Beltic's JWKS and the credentials' status lists over HTTPS with caching, configured by
    /// <c>services.Configure&lt;HttpJwksProviderOptions&gt;(...)</c> and <c>services.Configure&lt;HttpStatusListProviderOptions&gt;(...)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Verifier settings.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddBelticVerifier(this IServiceCollection services, Action<CredentialVerifierOptions>? configure = null)
        => services.AddBelticVerifier(configure, shareFetches: false);

    /// <summary>
    /// Adds a singleton <see cref="CredentialVerifier"/> as <see cref="AddBelticVerifier(IServiceCollection, Action{CredentialVerifierOptions}?)"/>
    /// does; with <paramref name="shareFetches"/>, the online providers share what they fetch through the registered
    /// <see cref="HybridCache"/> (register it with <c>AddHybridCache()</c>, and a distributed cache such as
    /// <c>AddStackExchangeRedisCache</c> so that a fleet of instances shares one copy): status lists always, key sets
    /// only when <see cref="HttpJwksProviderOptions.SharedCacheIntegrityKey"/> is configured (an unauthenticated shared
    /// key set would let whoever can write the cache add a key). Without
    /// <see cref="HttpStatusListProviderOptions.SharedCacheIntegrityKey"/>, whoever can write the cache can hide a
    /// revocation: give it the trust you give the verifiers, or configure the key.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Verifier settings.</param>
    /// <param name="shareFetches">Whether the online providers use the registered <see cref="HybridCache"/>.</param>
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
        services.TryAddSingleton<IJwksProvider>(sp =>
        {
            var options = sp.GetService<IOptions<HttpJwksProviderOptions>>()?.Value ?? new HttpJwksProviderOptions();
            return shareFetches && options.SharedCacheIntegrityKey is not null
                ? new HttpJwksProvider(Http(sp), sp.GetRequiredService<HybridCache>(), options, sp.GetRequiredService<TimeProvider>())
                : new HttpJwksProvider(Http(sp), options, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<IStatusListProvider>(sp =>
        {
            var options = sp.GetService<IOptions<HttpStatusListProviderOptions>>()?.Value ?? new HttpStatusListProviderOptions();
            return shareFetches
                ? new HttpStatusListProvider(Http(sp), sp.GetRequiredService<HybridCache>(), options, sp.GetRequiredService<TimeProvider>())
                : new HttpStatusListProvider(Http(sp), options, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(sp => new CredentialVerifier(
            sp.GetRequiredService<IJwksProvider>(),
            sp.GetRequiredService<IStatusListProvider>(),
            sp.GetRequiredService<IOptions<CredentialVerifierOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static HttpClient Http(IServiceProvider sp) => sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
}
