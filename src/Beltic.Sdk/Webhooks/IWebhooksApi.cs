using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Webhooks;

/// <summary>The webhook configuration routes (internal; the public API is <see cref="WebhooksClient"/>).</summary>
internal interface IWebhooksApi
{
    [Post("/webhooks")]
    Task<IApiResponse<JsonApiDocument>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/webhooks")]
    Task<IApiResponse<JsonApiDocument>> ListAsync([Query] JsonApiPageQuery page, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/webhooks/{id}")]
    Task<IApiResponse<JsonApiDocument>> GetAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Patch("/webhooks/{id}")]
    Task<IApiResponse<JsonApiDocument>> UpdateAsync(string id, [Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Delete("/webhooks/{id}")]
    Task<IApiResponse> DeleteAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/webhooks/{id}/resend")]
    Task<IApiResponse> ResendAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
