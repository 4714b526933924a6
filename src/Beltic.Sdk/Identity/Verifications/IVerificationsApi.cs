using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Identity;

/// <summary>The verification routes (internal; the public API is <see cref="VerificationsClient"/>).</summary>
internal interface IVerificationsApi
{
    [Post("/identity/verifications")]
    Task<IApiResponse<JsonApiDocument>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/identity/verifications")]
    Task<IApiResponse<JsonApiDocument>> ListAsync(
        [Query] JsonApiPageQuery page,
        [AliasAs("filter[status]")] string? status,
        [AliasAs("filter[session_id]")] string? sessionId,
        [AliasAs("filter[created_at_from]")] string? createdFrom,
        [AliasAs("filter[created_at_to]")] string? createdTo,
        [Property(BelticCall.PropertyKey)] BelticCall call,
        CancellationToken cancellationToken);
}
