using Beltic.Http;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>Identity sessions (<c>/v1/identity/sessions</c>). Reached through <see cref="IdentityClient.Sessions"/>.</summary>
public partial class SessionsClient : BelticAreaClient
{
    internal SessionsClient(BelticConnection connection)
        : base(connection, IdentityJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected SessionsClient()
    {
    }

    /// <summary>Creates a session (<c>POST /v1/identity/sessions</c>), usually linked to an account.</summary>
    /// <param name="options">The account to link and the entity type.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created session.</returns>
    public virtual Task<Session> CreateAsync(SessionCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        Argument.NullOrNotWhiteSpace(options.AccountId, "options.AccountId");
        var call = Call("identity.sessions.create", requestOptions);
        var body = JsonApiMapper.Request(
            IdentityResources.Session,
            options,
            IdentityJsonContext.Default.SessionCreateOptions,
            JsonApiMapper.Relate(("account", IdentityResources.Account, options.AccountId)));
        return SendResourceAsync<Session>(Rest<ISessionsApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a session (<c>GET /v1/identity/sessions/{id}</c>).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session, with any resources the server included in <see cref="BelticResource.Included"/>.</returns>
    /// <exception cref="BelticNotFoundException">No such session.</exception>
    public virtual Task<Session> GetAsync(string sessionId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(sessionId);
        var call = Call("identity.sessions.get", requestOptions);
        return SendResourceAsync<Session>(Rest<ISessionsApi>().GetAsync(sessionId, call, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of sessions (<c>GET /v1/identity/sessions</c>).</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<BelticPage<Session>> ListAsync(SessionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new();
        return ResourcePageAsync<Session>("identity.sessions.list", options, null, requestOptions, ListWith(options), cancellationToken);
    }

    /// <summary>Lists every matching session, fetching pages lazily. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching sessions.</returns>
    public virtual BelticPageable<Session> ListAutoPagingAsync(SessionListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new();
        return ResourcePageable<Session>("identity.sessions.list", options, requestOptions, ListWith(options), cancellationToken);
    }

    private ListCall ListWith(SessionListOptions o)
        => (page, call, ct) => Rest<ISessionsApi>().ListAsync(page, o.Status?.Value, o.EntityType?.Value, o.AccountId, o.SessionDeviceId, call, ct);
}
