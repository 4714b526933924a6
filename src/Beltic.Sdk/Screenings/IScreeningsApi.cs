using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Screenings;

/// <summary>The screenings routes (internal; the public API is <see cref="ScreeningsClient"/>).</summary>
internal interface IScreeningsApi
{
    [Post("/screenings")]
    Task<IApiResponse<JsonApiDocument>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/screenings/{id}")]
    Task<IApiResponse<JsonApiDocument>> GetAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/screenings")]
    Task<IApiResponse<JsonApiDocument>> ListAsync([Query] JsonApiPageQuery page, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
