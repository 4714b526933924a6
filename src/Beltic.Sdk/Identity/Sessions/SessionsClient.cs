using Beltic.Http;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>Identity sessions (<c>/v1/identity/sessions</c>). Reached through <see cref="IdentityClient.Sessions"/>.</summary>
public class SessionsClient : BelticAreaClient
{
    internal SessionsClient(BelticConnection connection)
        : base(connection)
    {
    }

    /// <summary>For mocking.</summary>
    protected SessionsClient()
    {
    }

    /// <summary>Creates a session (<c>POST /v1/identity/sessions</c>), usually linked to an account.</summary>
    /// <param name="options">The account to link and the entity type.</param>
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created session.</returns>
    public virtual Task<Session> CreateAsync(SessionCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        Argument.NullOrNotWhiteSpace(options.AccountId, "options.AccountId");

        var key = RequestOptions.ValidatedKey(requestOptions);
        var body = JsonApiMapper.Request(
            ResourceTypes.Session,
            options,
            IdentityJsonContext.Default.SessionCreateOptions,
            JsonApiMapper.Relate(("account", ResourceTypes.Account, options.AccountId)));
        var c = Connection;
        return c.OneAsync<Session>("Identity.Sessions.CreateAsync", () => c.Api<IIdentityApi>().CreateSessionAsync(body, key, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a session (<c>GET /v1/identity/sessions/{id}</c>).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session, with any resources the server included in <see cref="BelticResource.Included"/>.</returns>
    /// <exception cref="BelticNotFoundException">No such session.</exception>
    public virtual Task<Session> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(sessionId);
        var c = Connection;
        return c.OneAsync<Session>("Identity.Sessions.GetAsync", () => c.Api<IIdentityApi>().GetSessionAsync(sessionId, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of sessions (<c>GET /v1/identity/sessions</c>).</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<ResourcePage<Session>> ListAsync(SessionListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SessionListOptions();
        var c = Connection;
        return c.PageAsync<Session>(
            "Identity.Sessions.ListAsync",
            options,
            () => c.Api<IIdentityApi>().ListSessionsAsync(
                options.PageSize, options.After, options.Before, options.TotalQuery,
                options.Status?.Value, options.EntityType?.Value, options.AccountId, options.SessionDeviceId, cancellationToken),
            cancellationToken);
    }

    /// <summary>Lists every matching session, fetching pages lazily. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching sessions.</returns>
    public virtual IAsyncEnumerable<Session> ListAutoPagingAsync(SessionListOptions? options = null, CancellationToken cancellationToken = default)
        => JsonApiCalls.AutoPageAsync<Session, SessionListOptions>(options ?? new(), ListAsync, cancellationToken);
}
