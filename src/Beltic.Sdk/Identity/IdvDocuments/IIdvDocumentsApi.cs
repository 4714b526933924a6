using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Identity;

/// <summary>The government-ID document routes (internal; the public API is <see cref="IdvDocumentsClient"/>).</summary>
internal interface IIdvDocumentsApi
{
    [Post("/identity/documents/idvs")]
    Task<IApiResponse<JsonApiDocument>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/identity/documents/idvs/{id}/files")]
    Task<IApiResponse<JsonApiDocument>> AddFileAsync(string id, [Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
