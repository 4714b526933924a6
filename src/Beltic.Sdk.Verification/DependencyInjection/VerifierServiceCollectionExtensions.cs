using Beltic.Verification;
using Beltic.Verification.Keys;
using Beltic.Verification.Status;
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
    {
        ArgumentNullException.ThrowIfNull(services);
        var optionsBuilder = services.AddOptions<CredentialVerifierOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJwksProvider>(sp => new HttpJwksProvider(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), null, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IStatusListProvider>(sp => new HttpStatusListProvider(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), null, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new CredentialVerifier(
            sp.GetRequiredService<IJwksProvider>(),
            sp.GetRequiredService<IStatusListProvider>(),
            sp.GetRequiredService<IOptions<CredentialVerifierOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
