namespace Beltic.Credentials;

/// <summary>Filters and paging for <see cref="CredentialsClient.ListAsync(CredentialListOptions?, RequestOptions?, CancellationToken)"/>. Auto-paging never mutates this object.</summary>
public sealed record CredentialListOptions
{
    /// <summary>Only credentials about this subject id.</summary>
    public string? SubjectId { get; init; }

    /// <summary>Only credentials issued by this developer.</summary>
    public string? DeveloperId { get; init; }

    /// <summary>Only this credential type.</summary>
    public CredentialType? CredentialType { get; init; }

    /// <summary>Only this attestation type (outcome attestations).</summary>
    public string? AttestationType { get; init; }

    /// <summary>Only this status.</summary>
    public CredentialStatus? Status { get; init; }

    /// <summary>Start after this cursor.</summary>
    public string? Cursor { get; init; }

    /// <summary>Page size, 1–200 (server default 50).</summary>
    public int? Limit { get; init; }
}
