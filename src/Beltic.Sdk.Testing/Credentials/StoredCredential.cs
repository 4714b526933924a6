using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;

namespace Beltic.Testing.Credentials;

/// <summary>A credential the fake issued: the stored resource of §2 plus its signed JWT.</summary>
internal sealed class StoredCredential
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required JsonObject Subject { get; init; }

    public required JsonObject Claims { get; init; }

    public required long StatusListIndex { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public IReadOnlyList<StoredEvidence> Evidence { get; init; } = [];

    public string? DeveloperId { get; init; }

    public string CreatedVia { get; init; } = "api";

    public string SignedPayload { get; set; } = string.Empty;

    public string Status { get; set; } = "active";

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevocationReason { get; set; }

    public string SubjectId => Subject["id"]?.GetValue<string>() ?? string.Empty;

    public string? SubjectType => Subject["type"]?.GetValue<string>();

    public string? AttestationType => Type == "outcome_attestation" ? Claims["attestation_type"]?.GetValue<string>() : null;

    public JsonObject ToJson(string kid, string issuer) => new()
    {
        ["id"] = Id,
        ["credential_id"] = Id,
        ["credential_type"] = Type,
        ["status"] = Status,
        ["subject"] = Subject.DeepClone(),
        ["claims"] = Claims.DeepClone(),
        ["issuer_did"] = issuer,
        ["status_list_index"] = StatusListIndex,
        ["kid"] = kid,
        ["signed_payload"] = SignedPayload,
        ["evidence_refs"] = new JsonArray(Evidence.Select(e => (JsonNode)("evidence:" + e.Id)).ToArray()),
        ["issued_at"] = FakeHttp.Iso(IssuedAt),
        ["expires_at"] = FakeHttp.Iso(ExpiresAt),
        ["updated_at"] = FakeHttp.Iso(UpdatedAt),
        ["vct"] = CredentialSigner.TypeName(Type),
        ["revoked_at"] = RevokedAt is { } r ? FakeHttp.Iso(r) : null,
        ["revocation_reason"] = RevocationReason,
        ["created_via"] = CreatedVia,
        ["developer_id"] = DeveloperId,
    };
}
