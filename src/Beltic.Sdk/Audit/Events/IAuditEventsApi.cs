using Beltic.Http;
using Refit;

namespace Beltic.Audit;

/// <summary>The audit event routes (internal; the public API is <see cref="EventsClient"/>).</summary>
internal interface IAuditEventsApi
{
    [Get("/audit/events")]
    Task<IApiResponse<AuditEventListResponse>> ListAsync([Query] AuditEventListQuery query, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/audit/events")]
    Task<IApiResponse<AuditRecordResult>> RecordAsync([Body] AuditPresentationRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
