using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>An uploaded evidence file (<c>POST /v1/evidence</c>).</summary>
public sealed record Evidence : BelticObject
{
    /// <summary>The evidence id, e.g. <c>ev_01HQABCDEFGH</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>SHA-256 of the file (hex), as the signed credential's <c>digestSRI</c> will carry it.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The stored file name.</summary>
    public string? Filename { get; init; }

    /// <summary>The document type, e.g. <c>passport</c>.</summary>
    public string? DocumentType { get; init; }

    /// <summary>The content type.</summary>
    public string? ContentType { get; init; }

    /// <summary>Size in bytes.</summary>
    public long? ByteSize { get; init; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The reference to put in <see cref="CredentialIssueOptions.EvidenceRefs"/>: <c>evidence:&lt;id&gt;</c>.</summary>
    [JsonIgnore]
    public string Reference => "evidence:" + Id;

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
