using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>A generic document processed with a document template: extracted data and fraud analysis.</summary>
public sealed record Document : BelticResource, IJsonApiResource<Document>
{
    /// <summary>Processing status.</summary>
    public DocumentStatus? Status { get; init; }

    /// <summary>The document's file.</summary>
    public DocumentFile? File { get; init; }

    /// <summary>Problems that stopped or limited processing.</summary>
    public IReadOnlyList<ProcessingError> ProcessingErrors { get; init; } = [];

    /// <summary>The data extracted according to the template's schema (raw JSON; shape set by the template).</summary>
    public JsonElement? ExtractedData { get; init; }

    /// <summary>Where each extracted field was found on the page (raw JSON).</summary>
    public JsonElement? ExtractedDataCoordinates { get; init; }

    /// <summary>Fraud analysis.</summary>
    public FraudResult? FraudResult { get; init; }

    /// <summary>Where each fraud indicator was found (raw JSON).</summary>
    public JsonElement? FraudResultCoordinates { get; init; }

    /// <summary>When the document was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>When processing finished.</summary>
    public DateTimeOffset? ProcessedAt { get; init; }

    /// <summary>When its data was redacted, if it was.</summary>
    public DateTimeOffset? RedactedAt { get; init; }

    /// <summary>The template used (relationship <c>document_template</c>).</summary>
    [JsonIgnore]
    public string? DocumentTemplateId => RelatedId("document_template");

    /// <summary>The session (relationship <c>session</c>), if any.</summary>
    [JsonIgnore]
    public string? SessionId => RelatedId("session");

    static string IJsonApiResource<Document>.ExpectedType => IdentityResources.Document;

    static bool IJsonApiResource<Document>.Accepts(string type) => type == IdentityResources.Document;

    static JsonTypeInfo<Document> IJsonApiResource<Document>.AttributesTypeInfo => IdentityJsonContext.Default.Document;
}
