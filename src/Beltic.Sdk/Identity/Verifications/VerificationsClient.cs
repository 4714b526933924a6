using System.Globalization;
using Beltic.Http;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>
/// Verifications (<c>/v1/identity/verifications</c>; labelled "legacy" in Beltic's docs). Creating one runs its
/// checks synchronously. Reached through <see cref="IdentityClient.Verifications"/>.
/// </summary>
public partial class VerificationsClient : BelticAreaClient
{
    internal VerificationsClient(BelticConnection connection)
        : base(connection, IdentityJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected VerificationsClient()
    {
    }

    /// <summary>
    /// Verifies a document or business (<c>POST /v1/identity/verifications</c>). The checks run before the call returns;
    /// read them from <see cref="Verification.Checks"/>.
    /// </summary>
    /// <param name="options">What to verify, from <see cref="VerificationCreateOptions.ForIdvDocument"/> and siblings.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verification with its checks.</returns>
    /// <exception cref="ArgumentException"><see cref="VerificationCreateOptions.AutoUpdateSession"/> is true without a session.</exception>
    public virtual Task<Verification> CreateAsync(VerificationCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        Argument.NullOrNotWhiteSpace(options.SessionId, "options.SessionId");

        if (options.AutoUpdateSession == true && options.SessionId is null)
        {
            throw new ArgumentException("AutoUpdateSession needs a SessionId: the session it updates.", nameof(options));
        }

        var call = Call("identity.verifications.create", requestOptions);
        var meta = options.AutoUpdateSession is { } auto
            ? System.Text.Json.JsonSerializer.SerializeToElement(new VerificationMeta(auto), IdentityJsonContext.Default.VerificationMeta)
            : (System.Text.Json.JsonElement?)null;
        var body = JsonApiMapper.Request(
            options.Type,
            JsonApiMapper.Relate(
                ("session", IdentityResources.Session, options.SessionId),
                (options.TargetRelationship, options.TargetType, options.TargetId)),
            meta);
        return SendResourceAsync<Verification>(Rest<IVerificationsApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of verifications (<c>GET /v1/identity/verifications</c>).</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<BelticPage<Verification>> ListAsync(VerificationListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new();
        return ResourcePageAsync<Verification>("identity.verifications.list", options, null, requestOptions, ListWith(options), cancellationToken);
    }

    /// <summary>Lists every matching verification, fetching pages lazily. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching verifications.</returns>
    public virtual BelticPageable<Verification> ListAutoPagingAsync(VerificationListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        options ??= new();
        return ResourcePageable<Verification>("identity.verifications.list", options, requestOptions, ListWith(options), cancellationToken);
    }

    private ListCall ListWith(VerificationListOptions o)
        => (page, call, ct) => Rest<IVerificationsApi>().ListAsync(page, o.Status?.Value, o.SessionId, Iso(o.CreatedFrom), Iso(o.CreatedTo), call, ct);

    private static string? Iso(DateTimeOffset? value)
        => value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
