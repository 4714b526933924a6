using Beltic.Http;

namespace Beltic.Audit;

/// <summary>
/// The Audit API: the credential audit trail (<see cref="Events"/>) and audit streams, Beltic's signed webhooks for
/// credential events (<see cref="Streams"/>). Reached through <see cref="BelticClient.Audit"/>. Thread-safe.
/// </summary>
public class AuditClient : BelticAreaClient
{
    internal AuditClient(BelticConnection connection)
        : base(connection, AuditJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected AuditClient()
    {
    }

    /// <summary>Audit events: list the trail (<c>GET /v1/audit/events</c>) and record presentations (<c>POST</c>).</summary>
    public virtual EventsClient Events => field ??= new EventsClient(Connection);

    /// <summary>Audit streams: webhooks that push credential events to your endpoint (<c>/v1/audit/streams</c>).</summary>
    public virtual StreamsClient Streams => field ??= new StreamsClient(Connection);
}
