using Beltic.Http;
using Refit;

namespace Beltic.Audit;

/// <summary>The audit stream routes (internal; the public API is <see cref="StreamsClient"/>).</summary>
internal interface IAuditStreamsApi
{
    [Post("/audit/streams")]
    Task<IApiResponse<AuditStream>> CreateAsync([Body] AuditStreamCreateRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/audit/streams")]
    Task<IApiResponse<AuditStreamListResponse>> ListAsync([Query] AuditStreamListQuery query, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Delete("/audit/streams/{id}")]
    Task<IApiResponse> DeleteAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
