using Beltic.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Beltic.Testing;

/// <summary>Points a registered <see cref="BelticClient"/> at a <see cref="BelticFake"/>.</summary>
public static class BelticFakeBuilderExtensions
{
    /// <summary>
    /// Sends every call of this client (API, public endpoints, well-known documents, presigned uploads) to
    /// <paramref name="fake"/>, through the client's real pipeline: <c>services.AddBeltic(o =&gt; { }).UseFake(fake)</c>.
    /// The base addresses become the fake's; the key becomes the fake's default key unless you set one.
    /// </summary>
    /// <param name="builder">What <c>AddBeltic</c> returned.</param>
    /// <param name="fake">The fake (in memory or on 127.0.0.1).</param>
    /// <returns>The builder.</returns>
    public static BelticBuilder UseFake(this BelticBuilder builder, BelticFake fake)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(fake);
        builder.Services.PostConfigure<BelticClientOptions>(builder.Name, o =>
        {
            o.BaseAddress = fake.BaseAddress;
            o.WellKnownBaseAddress = fake.HostAddress;
            if (string.IsNullOrEmpty(o.ApiKey))
            {
                o.ApiKey = fake.ApiKey;
            }
        });
        return builder.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(fake.CreateHandler));
    }
}
