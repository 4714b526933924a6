using Refit;

namespace Beltic.Credentials;

/// <summary>The Credentials REST surface (internal; the public API is <see cref="CredentialsClient"/>).</summary>
internal interface ICredentialsApi
{
    [Post("/credentials")]
    Task<IApiResponse<Credential>> IssueAsync([Body] CredentialIssueRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Post("/credentials/batch-issue")]
    Task<IApiResponse<CredentialBatchWire>> BatchIssueAsync([Body] CredentialBatchIssueRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Get("/credentials/batch-issue/{jobId}")]
    Task<IApiResponse<CredentialBatchWire>> GetBatchAsync(string jobId, CancellationToken cancellationToken);

    [Get("/credentials")]
    Task<IApiResponse<CredentialPage>> ListAsync(
        [AliasAs("subject_id")] string? subjectId,
        [AliasAs("developer_id")] string? developerId,
        [AliasAs("credential_type")] string? credentialType,
        [AliasAs("attestation_type")] string? attestationType,
        [AliasAs("status")] string? status,
        [AliasAs("cursor")] string? cursor,
        [AliasAs("limit")] int? limit,
        CancellationToken cancellationToken);

    [Get("/credentials/{id}")]
    Task<IApiResponse<Credential>> GetAsync(string id, CancellationToken cancellationToken);

    [Post("/credentials/verify")]
    Task<IApiResponse<CredentialVerificationResult>> VerifyAsync([Body] CredentialVerifyRequest body, CancellationToken cancellationToken);

    [Post("/credentials/_public/verify")]
    Task<IApiResponse<CredentialVerificationResult>> PublicVerifyAsync([Body] CredentialVerifyRequest body, CancellationToken cancellationToken);

    [Post("/credentials/{id}/revoke")]
    Task<IApiResponse<Credential>> RevokeAsync(string id, [Body] CredentialRevokeRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Delete("/credentials/{id}")]
    Task<IApiResponse> DeleteAsync(string id, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Multipart]
    [Post("/evidence")]
    Task<IApiResponse<Evidence>> UploadEvidenceAsync(
        [AliasAs("file")] ByteArrayPart file,
        [AliasAs("document_type")] string? documentType,
        [AliasAs("filename")] string? filename,
        [Header("Idempotency-Key")] string? idempotencyKey,
        CancellationToken cancellationToken);
}
