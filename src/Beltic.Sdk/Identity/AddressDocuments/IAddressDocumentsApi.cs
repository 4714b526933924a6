using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Identity;

/// <summary>The proof-of-address document routes (internal; the public API is <see cref="AddressDocumentsClient"/>).</summary>
internal interface IAddressDocumentsApi
{
    [Get("/identity/documents/addresses")]
    Task<IApiResponse<JsonApiDocument>> ListAsync([Query] JsonApiPageQuery page, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/identity/documents/addresses/{id}/files")]
    Task<IApiResponse<JsonApiDocument>> AddFileAsync(string id, [Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/identity/documents/addresses/{id}/submit")]
    Task<IApiResponse<JsonApiDocument>> SubmitAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
