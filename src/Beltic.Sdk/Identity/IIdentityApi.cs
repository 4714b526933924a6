using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic.Identity;

/// <summary>
/// The Identity REST surface (internal; the public API is <see cref="IdentityClient"/>). Every call sends and receives
/// a JSON:API document; <see cref="JsonApiMapper"/> turns it into plain models.
/// </summary>
internal interface IIdentityApi
{
    [Post("/identity/accounts")]
    Task<IApiResponse<JsonApiDocument>> CreateAccountAsync([Body] JsonApiRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Get("/identity/accounts")]
    Task<IApiResponse<JsonApiDocument>> ListAccountsAsync(
        [AliasAs("page[size]")] int? pageSize,
        [AliasAs("page[after]")] string? after,
        [AliasAs("page[before]")] string? before,
        [AliasAs("page[total]")] string? total,
        CancellationToken cancellationToken);

    [Post("/identity/sessions")]
    Task<IApiResponse<JsonApiDocument>> CreateSessionAsync([Body] JsonApiRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Get("/identity/sessions/{id}")]
    Task<IApiResponse<JsonApiDocument>> GetSessionAsync(string id, CancellationToken cancellationToken);

    [Get("/identity/sessions")]
    Task<IApiResponse<JsonApiDocument>> ListSessionsAsync(
        [AliasAs("page[size]")] int? pageSize,
        [AliasAs("page[after]")] string? after,
        [AliasAs("page[before]")] string? before,
        [AliasAs("page[total]")] string? total,
        [AliasAs("filter[status]")] string? status,
        [AliasAs("filter[entity_type]")] string? entityType,
        [AliasAs("filter[account]")] string? accountId,
        [AliasAs("filter[session_device]")] string? sessionDeviceId,
        CancellationToken cancellationToken);

    [Post("/identity/documents/idvs")]
    Task<IApiResponse<JsonApiDocument>> CreateIdvDocumentAsync([Body] JsonApiRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Post("/identity/documents/idvs/{id}/files")]
    Task<IApiResponse<JsonApiDocument>> AddIdvFileAsync(string id, [Body] JsonApiRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Get("/identity/documents/addresses")]
    Task<IApiResponse<JsonApiDocument>> ListAddressDocumentsAsync(
        [AliasAs("page[size]")] int? pageSize,
        [AliasAs("page[after]")] string? after,
        [AliasAs("page[before]")] string? before,
        [AliasAs("page[total]")] string? total,
        CancellationToken cancellationToken);

    [Post("/identity/documents/addresses/{id}/files")]
    Task<IApiResponse<JsonApiDocument>> AddAddressFileAsync(string id, [Body] JsonApiRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Post("/identity/documents/addresses/{id}/submit")]
    Task<IApiResponse<JsonApiDocument>> SubmitAddressDocumentAsync(string id, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Post("/identity/verifications")]
    Task<IApiResponse<JsonApiDocument>> CreateVerificationAsync([Body] JsonApiRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Get("/identity/verifications")]
    Task<IApiResponse<JsonApiDocument>> ListVerificationsAsync(
        [AliasAs("page[size]")] int? pageSize,
        [AliasAs("page[after]")] string? after,
        [AliasAs("page[before]")] string? before,
        [AliasAs("page[total]")] string? total,
        [AliasAs("filter[status]")] string? status,
        [AliasAs("filter[session_id]")] string? sessionId,
        [AliasAs("filter[created_at_from]")] string? createdFrom,
        [AliasAs("filter[created_at_to]")] string? createdTo,
        CancellationToken cancellationToken);

    [Post("/documents")]
    Task<IApiResponse<JsonApiDocument>> CreateDocumentAsync([Body] JsonApiRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Get("/documents/{id}")]
    Task<IApiResponse<JsonApiDocument>> GetDocumentAsync(string id, CancellationToken cancellationToken);

    [Get("/documents")]
    Task<IApiResponse<JsonApiDocument>> ListDocumentsAsync(
        [AliasAs("page[size]")] int? pageSize,
        [AliasAs("page[after]")] string? after,
        [AliasAs("page[before]")] string? before,
        [AliasAs("page[total]")] string? total,
        CancellationToken cancellationToken);

    [Post("/document-templates")]
    Task<IApiResponse<JsonApiDocument>> CreateDocumentTemplateAsync([Body] JsonApiRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Patch("/document-templates/{id}")]
    Task<IApiResponse<JsonApiDocument>> UpdateDocumentTemplateAsync(string id, [Body] JsonApiRequest body, [Header("Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken);

    [Get("/document-templates/{id}")]
    Task<IApiResponse<JsonApiDocument>> GetDocumentTemplateAsync(string id, CancellationToken cancellationToken);

    [Get("/document-templates")]
    Task<IApiResponse<JsonApiDocument>> ListDocumentTemplatesAsync(
        [AliasAs("page[size]")] int? pageSize,
        [AliasAs("page[after]")] string? after,
        [AliasAs("page[before]")] string? before,
        [AliasAs("page[total]")] string? total,
        [AliasAs("filter[status]")] string? status,
        [AliasAs("filter[is_active]")] string? isActive,
        CancellationToken cancellationToken);
}
