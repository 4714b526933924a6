using Beltic.Http;
using Refit;

namespace Beltic.Credentials;

/// <summary>The credential routes that need the API key (internal; the public API is <see cref="CredentialsClient"/>).</summary>
internal interface ICredentialsApi
{
    [Post("/credentials")]
    Task<IApiResponse<Credential>> IssueAsync([Body] CredentialIssueRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/credentials")]
    Task<IApiResponse<CredentialListResponse>> ListAsync([Query] CredentialListQuery query, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/credentials/{id}")]
    Task<IApiResponse<Credential>> GetAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/credentials/verify")]
    Task<IApiResponse<CredentialVerificationResult>> VerifyAsync([Body] CredentialVerifyRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/credentials/{id}/revoke")]
    Task<IApiResponse<Credential>> RevokeAsync(string id, [Body] CredentialRevokeRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Delete("/credentials/{id}")]
    Task<IApiResponse> DeleteAsync(string id, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);
}
