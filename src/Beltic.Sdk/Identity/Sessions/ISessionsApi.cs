using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Identity;

/// <summary>The sessions routes (internal; the public API is <see cref="SessionsClient"/>).</summary>
internal interface ISessionsApi
{
    [Post("/identity/sessions")]
    Task<IApiResponse<JsonApiDocument>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/identity/sessions/{id}")]
    Task<IApiResponse<JsonApiDocument>> GetAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/identity/sessions")]
    Task<IApiResponse<JsonApiDocument>> ListAsync(
        [Query] JsonApiPageQuery page,
        [AliasAs("filter[status]")] string? status,
        [AliasAs("filter[entity_type]")] string? entityType,
        [AliasAs("filter[account]")] string? accountId,
        [AliasAs("filter[session_device]")] string? sessionDeviceId,
        [Property(BelticCall.PropertyKey)] BelticCall call,
        CancellationToken cancellationToken);
}
