using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Businesses;

/// <summary>
/// The businesses routes (internal; the public API is <see cref="BusinessesClient"/>). Create and get are read as text:
/// Beltic's create example answers with a bare resource object rather than <c>{"data":…}</c>, so the client accepts both.
/// </summary>
internal interface IBusinessesApi
{
    [Post("/businesses")]
    Task<IApiResponse<string>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/businesses/{id}")]
    Task<IApiResponse<string>> GetAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/businesses")]
    Task<IApiResponse<JsonApiDocument>> ListAsync([Query] JsonApiPageQuery page, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
