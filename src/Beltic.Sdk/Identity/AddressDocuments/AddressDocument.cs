using Beltic.Uploads;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>A proof-of-address document (<c>document/address</c>): files, status and the data read from it.</summary>
public sealed record AddressDocument : BelticResource, IJsonApiResource<AddressDocument>
{
    private IReadOnlyList<PresignedUpload>? _uploads;

    /// <summary>Processing status.</summary>
    public DocumentStatus? Status { get; init; }

    /// <summary>The recognised kind of document, e.g. <c>utility_bill</c>.</summary>
    public string? ClassificationType { get; init; }

    /// <summary>Whether the document was accepted as a valid proof of address.</summary>
    public bool? IsValid { get; init; }

    /// <summary>Why it was or was not accepted.</summary>
    public string? Reasoning { get; init; }

    /// <summary>The name on the document.</summary>
    public PersonName? Name { get; init; }

    /// <summary>The document number.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Issue date as read from the document (text as extracted).</summary>
    public string? IssueDate { get; init; }

    /// <summary>Expiry date as read from the document (text as extracted).</summary>
    public string? ExpiryDate { get; init; }

    /// <summary>The issuer.</summary>
    public string? IssuingAuthority { get; init; }

    /// <summary>The address on the document.</summary>
    public DocumentAddress? Address { get; init; }

    /// <summary>Nationality, when shown.</summary>
    public string? Nationality { get; init; }

    /// <summary>The document's files.</summary>
    public IReadOnlyList<DocumentFile> Files { get; init; } = [];

    /// <summary>When the document was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>When processing finished.</summary>
    public DateTimeOffset? ProcessedAt { get; init; }

    /// <summary>The account (relationship <c>account</c>).</summary>
    [JsonIgnore]
    public string? AccountId => RelatedId("account");

    /// <summary>The session (relationship <c>session</c>).</summary>
    [JsonIgnore]
    public string? SessionId => RelatedId("session");

    /// <summary>The verification (relationship <c>verification</c>).</summary>
    [JsonIgnore]
    public string? VerificationId => RelatedId("verification");

    /// <summary>Presigned upload URLs the response carried (<c>meta.presigned_upload_urls</c>).</summary>
    [JsonIgnore]
    public IReadOnlyList<PresignedUpload> Uploads => _uploads ??= PresignedUploadReader.Read(Meta, resourceFileId: null);

    static string IJsonApiResource<AddressDocument>.ExpectedType => IdentityResources.AddressDocument;

    static bool IJsonApiResource<AddressDocument>.Accepts(string type) => type == IdentityResources.AddressDocument;

    static JsonTypeInfo<AddressDocument> IJsonApiResource<AddressDocument>.AttributesTypeInfo => IdentityJsonContext.Default.AddressDocument;
}
