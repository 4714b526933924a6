using Beltic.Audit;
using Beltic.Businesses;
using Beltic.Credentials;
using Beltic.DependencyInjection;
using Beltic.Http;
using Beltic.Identity;
using Beltic.Screenings;
using Beltic.Webhooks;
using Beltic.WebsiteChecks;
using Beltic.WellKnown;
using Beltic.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beltic;

/// <summary>
/// The entry point to the Beltic APIs. Thread-safe: create one per application (or inject the singleton that
/// <c>services.AddBeltic(...)</c> registers) and reuse it.
/// </summary>
/// <example>
/// <code>
/// using var beltic = new BelticClient("sk_staging_…");
/// var credential = await beltic.Credentials.GetAsync("cred_123");
/// </code>
/// </example>
public class BelticClient : IDisposable
{
    private readonly ServiceProvider? _ownedProvider;
    private readonly BelticConnection? _connection;

    /// <summary>Creates a client with the API key and default options.</summary>
    /// <param name="apiKey">Your <c>sk_staging_…</c> or <c>sk_production_…</c> key.</param>
    public BelticClient(string apiKey)
        : this(new BelticClientOptions { ApiKey = apiKey })
    {
    }

    /// <summary>
    /// Creates a client for apps without dependency injection. It uses exactly the pipeline <c>AddBeltic</c> builds
    /// (retries, idempotency, auth, logging). The options are copied; later changes to them have no effect.
    /// </summary>
    /// <param name="options">The options; validated now.</param>
    /// <exception cref="OptionsValidationException">The options are invalid (the message names the option).</exception>
    public BelticClient(BelticClientOptions options)
        : this(options, configure: null)
    {
    }

    /// <summary>The plain constructor with a hook on the pipeline (e.g. the testing package's fake handler).</summary>
    internal BelticClient(BelticClientOptions options, Action<BelticBuilder>? configure)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = BelticClientOptionsValidator.Collect(options);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(BelticClientOptions), failures);
        }

        var services = new ServiceCollection();
        var snapshot = options.Clone();
        var builder = services.AddBeltic(o => snapshot.CopyTo(o));
        configure?.Invoke(builder);
        _ownedProvider = services.BuildServiceProvider();
        _connection = BelticConnection.Create(_ownedProvider, Options.DefaultName);
    }

    /// <summary>For mocking: creates a client with no connection; override the virtual members.</summary>
    protected BelticClient()
    {
    }

    internal BelticClient(BelticConnection connection)
    {
        _connection = connection;
    }

    /// <summary>The Credentials API: issue, list, get, verify, revoke, delete, batch issue and evidence.</summary>
    public virtual CredentialsClient Credentials => field ??= new CredentialsClient(Connection);

    /// <summary>
    /// The Identity API: accounts, sessions, ID and proof-of-address documents with uploads, verifications, generic
    /// documents and document templates.
    /// </summary>
    public virtual IdentityClient Identity => field ??= new IdentityClient(Connection);

    /// <summary>
    /// KYB business lookups in company registries (<c>/v1/businesses</c>): create (synchronous or asynchronous), get,
    /// list, and waiting for an asynchronous lookup.
    /// </summary>
    public virtual BusinessesClient Businesses => field ??= new BusinessesClient(Connection);

    /// <summary>
    /// PEP, watchlist and adverse-media screenings of people and businesses (<c>/v1/screenings</c>): create (synchronous
    /// or asynchronous), get, list, and waiting for an asynchronous screening.
    /// </summary>
    public virtual ScreeningsClient Screenings => field ??= new ScreeningsClient(Connection);

    /// <summary>Website checks (<c>POST /v1/website-checks</c>, the only website-check endpoint Beltic documents).</summary>
    public virtual WebsiteChecksClient WebsiteChecks => field ??= new WebsiteChecksClient(Connection);

    /// <summary>
    /// The Audit API: the credential audit trail (list events, record presentations) and audit streams (signed
    /// credential-event webhooks).
    /// </summary>
    public virtual AuditClient Audit => field ??= new AuditClient(Connection);

    /// <summary>
    /// Webhooks for document status changes: create (the signing secret is returned only then), list, get, update,
    /// delete and resend. Verify deliveries with <see cref="WebhookReceiver"/>.
    /// </summary>
    public virtual WebhooksClient Webhooks => field ??= new WebhooksClient(Connection);

    /// <summary>
    /// The Workflows API: list, read, create, update, save the state of, deploy and delete workflows; execute them
    /// (paused runs can be waited for or resumed) and list their executions.
    /// </summary>
    public virtual WorkflowsClient Workflows => field ??= new WorkflowsClient(Connection);

    /// <summary>The public <c>/.well-known</c> documents: JWKS, DID document and status list (no API key sent).</summary>
    public virtual WellKnownClient WellKnown => field ??= new WellKnownClient(Connection);

    /// <summary>The environment of the configured API key.</summary>
    public virtual BelticEnvironment Environment => Connection.Options.Environment;

    private BelticConnection Connection => _connection
        ?? throw new InvalidOperationException("This BelticClient was created for mocking and has no connection.");

    /// <summary>Releases the HTTP resources of a client built with a constructor (a DI-owned client is released by its container).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedProvider?.Dispose();
        }
    }
}
