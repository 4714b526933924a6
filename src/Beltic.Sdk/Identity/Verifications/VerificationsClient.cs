using System.Globalization;
using Beltic.Http;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>
/// Verifications (<c>/v1/identity/verifications</c>; labelled "legacy" in Beltic's docs). Creating one runs its
/// checks synchronously. Reached through <see cref="IdentityClient.Verifications"/>.
/// </summary>
public class VerificationsClient : BelticAreaClient
{
    internal VerificationsClient(BelticConnection connection)
        : base(connection)
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
    /// <param name="requestOptions">Per-call settings (idempotency key).</param>
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

        var key = RequestOptions.ValidatedKey(requestOptions);
        var meta = options.AutoUpdateSession is { } auto
            ? System.Text.Json.JsonSerializer.SerializeToElement(new VerificationMeta(auto), IdentityJsonContext.Default.VerificationMeta)
            : (System.Text.Json.JsonElement?)null;
        var body = JsonApiMapper.Request(
            options.Type,
            JsonApiMapper.Relate(
                ("session", ResourceTypes.Session, options.SessionId),
                (options.TargetRelationship, options.TargetType, options.TargetId)),
            meta);
        var c = Connection;
        return c.OneAsync<Verification>("Identity.Verifications.CreateAsync", () => c.Api<IIdentityApi>().CreateVerificationAsync(body, key, cancellationToken), cancellationToken);
    }

    /// <summary>Lists one page of verifications (<c>GET /v1/identity/verifications</c>).</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<ResourcePage<Verification>> ListAsync(VerificationListOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new VerificationListOptions();
        var c = Connection;
        return c.PageAsync<Verification>(
            "Identity.Verifications.ListAsync",
            options,
            () => c.Api<IIdentityApi>().ListVerificationsAsync(
                options.PageSize, options.After, options.Before, options.TotalQuery,
                options.Status?.Value, options.SessionId, Iso(options.CreatedFrom), Iso(options.CreatedTo), cancellationToken),
            cancellationToken);
    }

    /// <summary>Lists every matching verification, fetching pages lazily. Never mutates <paramref name="options"/>.</summary>
    /// <param name="options">Filters and paging.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching verifications.</returns>
    public virtual IAsyncEnumerable<Verification> ListAutoPagingAsync(VerificationListOptions? options = null, CancellationToken cancellationToken = default)
        => JsonApiCalls.AutoPageAsync<Verification, VerificationListOptions>(options ?? new(), ListAsync, cancellationToken);

    private static string? Iso(DateTimeOffset? value)
        => value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
