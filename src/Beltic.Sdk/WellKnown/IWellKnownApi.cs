using Beltic.Http;
using Refit;

namespace Beltic.WellKnown;

/// <summary>The public host-root documents (internal; the public API is <see cref="WellKnownClient"/>).</summary>
internal interface IWellKnownApi
{
    [Get("/.well-known/jwks.json")]
    Task<IApiResponse<string>> GetJwksAsync([Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/.well-known/did.json")]
    Task<IApiResponse<string>> GetDidDocumentAsync([Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/.well-known/status-lists/v1")]
    Task<IApiResponse<string>> GetStatusListAsync([AliasAs("org")] string? org, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
