using Refit;

namespace Beltic.Credentials;

/// <summary>The query of <c>GET /v1/credentials</c>, as one Refit <c>[Query]</c> object.</summary>
internal sealed class CredentialListQuery
{
    [AliasAs("subject_id")]
    public string? SubjectId { get; init; }

    [AliasAs("developer_id")]
    public string? DeveloperId { get; init; }

    [AliasAs("credential_type")]
    public string? CredentialType { get; init; }

    [AliasAs("attestation_type")]
    public string? AttestationType { get; init; }

    [AliasAs("status")]
    public string? Status { get; init; }

    [AliasAs("cursor")]
    public string? Cursor { get; init; }

    [AliasAs("limit")]
    public int? Limit { get; init; }
}
