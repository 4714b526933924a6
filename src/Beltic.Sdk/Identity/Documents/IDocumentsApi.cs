using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Identity;

/// <summary>The generic document routes (internal; the public API is <see cref="DocumentsClient"/>).</summary>
internal interface IDocumentsApi
{
    [Post("/documents")]
    Task<IApiResponse<JsonApiDocument>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/documents/{id}")]
    Task<IApiResponse<JsonApiDocument>> GetAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/documents")]
    Task<IApiResponse<JsonApiDocument>> ListAsync([Query] JsonApiPageQuery page, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
