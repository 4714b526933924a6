using Beltic;
using Beltic.DependencyInjection;
using Beltic.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Beltic SDK with dependency injection.</summary>
public static class BelticServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BelticClient"/> (a thread-safe singleton) configured in code. Options are validated at
    /// start-up; a missing or malformed API key fails then, naming the option.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, e.g. <c>o =&gt; o.ApiKey = "sk_staging_…"</c>.</param>
    /// <returns>A builder for further customisation of the SDK's HTTP clients.</returns>
    public static BelticBuilder AddBeltic(this IServiceCollection services, Action<BelticClientOptions> configure)
        => AddBeltic(services, Options.Options.DefaultName, configure);

    /// <summary>
    /// Adds <see cref="BelticClient"/> with options bound from configuration, e.g.
    /// <c>builder.Configuration.GetSection("Beltic")</c> with keys <c>ApiKey</c>, <c>BaseAddress</c>, <c>MaxRetries</c>,
    /// <c>Timeout</c>, <c>AttemptTimeout</c>, <c>MaxRetryAfter</c>, <c>ApplicationId</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding the options.</param>
    /// <returns>A builder for further customisation of the SDK's HTTP clients.</returns>
    public static BelticBuilder AddBeltic(this IServiceCollection services, IConfiguration configuration)
        => AddBeltic(services, Options.Options.DefaultName, configuration);

    /// <summary>
    /// Adds a named <see cref="BelticClient"/> — for apps that talk to several Beltic organisations or environments —
    /// with its own options and its own HTTP pipeline, resolved as a keyed service:
    /// <c>[FromKeyedServices("tenant-a")] BelticClient beltic</c> or <c>sp.GetRequiredKeyedService&lt;BelticClient&gt;("tenant-a")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name (its service key).</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for that client's HTTP pipelines.</returns>
    public static BelticBuilder AddBeltic(this IServiceCollection services, string name, Action<BelticClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<BelticClientOptions>(CheckName(name)).Configure(configure);
        return AddCore(services, name);
    }

    /// <summary>Adds a named <see cref="BelticClient"/> with options bound from configuration; see <see cref="AddBeltic(IServiceCollection, string, Action{BelticClientOptions})"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name (its service key).</param>
    /// <param name="configuration">The configuration section holding the options.</param>
    /// <returns>A builder for that client's HTTP pipelines.</returns>
    public static BelticBuilder AddBeltic(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BelticClientOptions>(CheckName(name)).Bind(configuration);
        return AddCore(services, name);
    }

    private static string CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 0 && string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A Beltic client name must not be white space.", nameof(name));
        }

        return name;
    }

    private static BelticBuilder AddCore(IServiceCollection services, string name)
    {
        var builder = new BelticBuilder(services, name);
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(BelticRegistry))?.ImplementationInstance as BelticRegistry;
        if (registry is null)
        {
            registry = new BelticRegistry();
            services.AddSingleton(registry);
        }

        if (!registry.Names.Add(name))
        {
            // Calling AddBeltic twice for a name only adds option configuration; its pipeline is registered once.
            return builder;
        }

        services.AddOptions<BelticClientOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BelticClientOptions>, BelticClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static sp => new ClientRateLimiters(sp.GetRequiredService<TimeProvider>()));
        if (name.Length == 0)
        {
            services.TryAddSingleton(static sp => new BelticClient(BelticConnection.Create(sp, Options.Options.DefaultName)));
            services.AddKeyedSingleton(name, static (sp, _) => sp.GetRequiredService<BelticClient>());
        }
        else
        {
            services.AddKeyedSingleton(name, static (sp, key) => new BelticClient(BelticConnection.Create(sp, (string)key!)));
        }

        foreach (var pipeline in BelticHttpClientNames.All)
        {
            BelticPipelines.Add(services, pipeline, name);
        }

        return builder;
    }

    /// <summary>The client names already registered in a collection (their pipelines exist once).</summary>
    private sealed class BelticRegistry
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
