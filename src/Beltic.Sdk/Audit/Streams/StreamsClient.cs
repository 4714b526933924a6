using Beltic.Http;

namespace Beltic.Audit;

/// <summary>
/// Audit streams (<c>/v1/audit/streams</c>, scope <c>audit:streams</c>): endpoints Beltic POSTs credential events to,
/// each delivery signed with the stream's secret (<c>Beltic-Signature</c>; verify with
/// <see cref="Webhooks.WebhookReceiver"/>). Reached through <see cref="AuditClient.Streams"/>.
/// </summary>
public class StreamsClient : BelticAreaClient
{
    internal StreamsClient(BelticConnection connection)
        : base(connection, AuditJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected StreamsClient()
    {
    }

    /// <summary>Creates a stream (<c>POST /v1/audit/streams</c>).</summary>
    /// <param name="options">The URL, the signing secret (checked: 32–256 characters) and the event filter.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created stream.</returns>
    /// <exception cref="ArgumentException">The URL is not absolute https (http only for loopback) or the secret has a bad length; nothing is sent.</exception>
    public virtual Task<AuditStream> CreateAsync(AuditStreamCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        var body = options.ToRequest();
        var call = Call("audit.streams.create", requestOptions);
        return SendAsync(Rest<IAuditStreamsApi>().CreateAsync(body, call, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Lists the streams (<c>GET /v1/audit/streams</c>). The answer's shape is undocumented: a bare array and an
    /// object holding <c>streams</c>, <c>items</c> or <c>data</c> are all read.
    /// </summary>
    /// <param name="options">Where to start (only when a previous page gave a cursor).</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page (normally every stream, with no continuation token).</returns>
    public virtual Task<BelticPage<AuditStream>> ListAsync(AuditStreamListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ListPageAsync(options ?? new AuditStreamListOptions(), null, requestOptions, cancellationToken);

    /// <summary>
    /// Lists every stream, following a <c>next_cursor</c> if the server ever gives one. Never mutates <paramref name="options"/>.
    /// </summary>
    /// <param name="options">Where to start.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All streams.</returns>
    public virtual BelticPageable<AuditStream> ListAutoPagingAsync(AuditStreamListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var start = options ?? new AuditStreamListOptions();
        Validate(start);
        requestOptions?.Validate();
        return Pageable<AuditStream>((token, ct) => ListPageAsync(start, token, requestOptions, ct), cancellationToken);
    }

    /// <summary>Deletes a stream (<c>DELETE /v1/audit/streams/{id}</c>); deliveries stop.</summary>
    /// <param name="streamId">The stream id.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The HTTP facts of the response (its body is undocumented and not read).</returns>
    /// <exception cref="BelticNotFoundException">No such stream.</exception>
    public virtual Task<BelticResponse> DeleteAsync(string streamId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(streamId);
        var call = Call("audit.streams.delete", requestOptions);
        return SendAsync(Rest<IAuditStreamsApi>().DeleteAsync(streamId, call, cancellationToken), cancellationToken);
    }

    private async Task<BelticPage<AuditStream>> ListPageAsync(AuditStreamListOptions options, string? continuationToken, RequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        Validate(options);
        var call = Call("audit.streams.list", requestOptions);
        var query = new AuditStreamListQuery { Cursor = continuationToken ?? options.Cursor };
        var wire = await SendAsync(Rest<IAuditStreamsApi>().ListAsync(query, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return wire.ToPage();
    }

    private static void Validate(AuditStreamListOptions options) => Argument.NullOrNotWhiteSpace(options.Cursor, "options.Cursor");
}
