using System.Text.Json;

namespace Beltic.Credentials;

/// <summary>Wire body of <c>POST /v1/credentials</c> (and one item of a batch).</summary>
internal sealed record CredentialIssueRequest
{
    public CredentialType CredentialType { get; init; }

    public required CredentialSubject Subject { get; init; }

    public JsonElement Claims { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public string? Ttl { get; init; }

    public IReadOnlyList<string>? EvidenceRefs { get; init; }

    public bool? SelfAttestationComplete { get; init; }
}
