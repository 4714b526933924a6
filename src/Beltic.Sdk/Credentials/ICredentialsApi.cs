using Beltic.Http;
using Refit;

namespace Beltic.Credentials;

/// <summary>The Credentials routes that need the API key (internal; the public API is <see cref="CredentialsClient"/>).</summary>
internal interface ICredentialsApi
{
    [Post("/credentials")]
    Task<IApiResponse<Credential>> IssueAsync([Body] CredentialIssueRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Post("/credentials/batch-issue")]
    Task<IApiResponse<CredentialBatchWire>> BatchIssueAsync([Body] CredentialBatchIssueRequest body, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

    [Get("/credentials/batch-issue/{jobId}")]
    Task<IApiResponse<CredentialBatchWire>> GetBatchAsync(string jobId, [Property(BelticCall.PropertyKey)] BelticCall call, CancellationToken cancellationToken);

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

    [Multipart]
    [Post("/evidence")]
    Task<IApiResponse<Evidence>> UploadEvidenceAsync(
        [AliasAs("file")] ByteArrayPart file,
        [AliasAs("document_type")] string? documentType,
        [AliasAs("filename")] string? filename,
        [Property(BelticCall.PropertyKey)] BelticCall call,
        CancellationToken cancellationToken);
}
