using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Identity;

/// <summary>The accounts routes (internal; the public API is <see cref="AccountsClient"/>).</summary>
internal interface IAccountsApi
{
    [Post("/identity/accounts")]
    Task<IApiResponse<JsonApiDocument>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/identity/accounts")]
    Task<IApiResponse<JsonApiDocument>> ListAsync([Query] JsonApiPageQuery page, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
