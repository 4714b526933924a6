using System.Globalization;
using Beltic.Http;

namespace Beltic.Audit;

/// <summary>
/// The credential audit trail (<c>/v1/audit/events</c>): list events with filters, and record presentations of a
/// credential to a verifier. Reached through <see cref="AuditClient.Events"/>.
/// </summary>
public class EventsClient : BelticAreaClient
{
    internal EventsClient(BelticConnection connection)
        : base(connection, AuditJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected EventsClient()
    {
    }

    /// <summary>Lists one page of audit events (<c>GET /v1/audit/events</c>, scope <c>audit:read</c>).</summary>
    /// <param name="options">Filters, cursor and page size.</param>
    /// <param name="requestOptions">Per-call settings (API key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with <see cref="BelticPage{T}.ContinuationToken"/> (the API's <c>next_cursor</c>) for the next one.</returns>
    public virtual Task<BelticPage<AuditEvent>> ListAsync(AuditEventListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
        => ListPageAsync(options ?? new AuditEventListOptions(), null, requestOptions, cancellationToken);

    /// <summary>
    /// Lists every matching audit event, fetching pages lazily as you enumerate (<c>await foreach</c>), or page by page
    /// with <see cref="BelticPageable{T}.AsPages"/>. Never mutates <paramref name="options"/>.
    /// </summary>
    /// <param name="options">Filters and page size; <see cref="AuditEventListOptions.Cursor"/> sets where to start.</param>
    /// <param name="requestOptions">Per-call settings (API key) for every page.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>All matching events across pages.</returns>
    public virtual BelticPageable<AuditEvent> ListAutoPagingAsync(AuditEventListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var start = options ?? new AuditEventListOptions();
        Validate(start);
        requestOptions?.Validate();
        return Pageable<AuditEvent>((token, ct) => ListPageAsync(start, token, requestOptions, ct), cancellationToken);
    }

    /// <summary>
    /// Records that a credential was presented to a verifier (<c>POST /v1/audit/events</c>, scope <c>audit:write</c>),
    /// e.g. "credential.presented to Stripe". Sends <c>event_type: credential.presented</c>.
    /// </summary>
    /// <param name="options">The credential, the verifier and optional references.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether it was recorded.</returns>
    /// <exception cref="ArgumentException">A required member is missing or empty (nothing is sent).</exception>
    public virtual Task<AuditRecordResult> RecordPresentationAsync(AuditPresentationOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        var body = options.ToRequest();
        var call = Call("audit.events.record_presentation", requestOptions);
        return SendAsync(Rest<IAuditEventsApi>().RecordAsync(body, call, cancellationToken), cancellationToken);
    }

    private async Task<BelticPage<AuditEvent>> ListPageAsync(AuditEventListOptions options, string? continuationToken, RequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        Validate(options);
        var call = Call("audit.events.list", requestOptions);
        var query = new AuditEventListQuery
        {
            CredentialId = options.CredentialId,
            EventType = options.EventType?.Value,
            Outcome = options.Outcome?.Value,
            From = Instant(options.From),
            To = Instant(options.To),
            InterventionRequired = ListOptions.BoolQuery(options.InterventionRequired),
            Limit = options.Limit,
            Cursor = continuationToken ?? options.Cursor,
        };
        var wire = await SendAsync(Rest<IAuditEventsApi>().ListAsync(query, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return wire.ToPage();
    }

    private static void Validate(AuditEventListOptions options)
    {
        Argument.InRange(options.Limit, 1, 100, "options.Limit");
        Argument.NullOrNotWhiteSpace(options.CredentialId, "options.CredentialId");
        Argument.NullOrNotWhiteSpace(options.Cursor, "options.Cursor");
        if (options.EventType is { } type && string.IsNullOrWhiteSpace(type.Value))
        {
            throw new ArgumentException("'options.EventType' must not be empty; leave it null to list every type.", "options");
        }

        if (options.Outcome is { } outcome && string.IsNullOrWhiteSpace(outcome.Value))
        {
            throw new ArgumentException("'options.Outcome' must not be empty; leave it null to list every outcome.", "options");
        }

        if (options.From is { } from && options.To is { } to && from > to)
        {
            throw new ArgumentException($"'options.From' ({Instant(from)}) is later than 'options.To' ({Instant(to)}).", "options");
        }
    }

    // UTC with a Z, seconds precision unless there is a fraction: no '+' in the query (it would read as a space).
    private static string? Instant(DateTimeOffset? value)
        => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
