using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Identity;

/// <summary>The document template routes (internal; the public API is <see cref="DocumentTemplatesClient"/>).</summary>
internal interface IDocumentTemplatesApi
{
    [Post("/document-templates")]
    Task<IApiResponse<JsonApiDocument>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Patch("/document-templates/{id}")]
    Task<IApiResponse<JsonApiDocument>> UpdateAsync(string id, [Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/document-templates/{id}")]
    Task<IApiResponse<JsonApiDocument>> GetAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/document-templates")]
    Task<IApiResponse<JsonApiDocument>> ListAsync(
        [Query] JsonApiPageQuery page,
        [AliasAs("filter[status]")] string? status,
        [AliasAs("filter[is_active]")] string? isActive,
        [Property(BelticCall.PropertyKey)] BelticCall call,
        CancellationToken cancellationToken);
}
