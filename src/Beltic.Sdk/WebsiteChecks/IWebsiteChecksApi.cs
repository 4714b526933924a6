using Beltic.Http;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.WebsiteChecks;

/// <summary>
/// The website-checks route (internal; the public API is <see cref="WebsiteChecksClient"/>). Read as text: the answer is
/// undocumented, so the client maps a JSON:API resource when there is one and keeps the raw JSON either way.
/// </summary>
internal interface IWebsiteChecksApi
{
    [Post("/website-checks")]
    Task<IApiResponse<string>> CreateAsync([Body] JsonApiRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
