using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>A document template: what to extract from a kind of document and which fraud checks to run.</summary>
public sealed record DocumentTemplate : BelticResource, IJsonApiResource<DocumentTemplate>
{
    /// <summary>The template's name.</summary>
    public string? Name { get; init; }

    /// <summary>What it is for.</summary>
    public string? Description { get; init; }

    /// <summary>Data extraction settings.</summary>
    public ExtractionConfig? ExtractionConfig { get; init; }

    /// <summary>Fraud detection settings.</summary>
    public FraudConfig? FraudConfig { get; init; }

    /// <summary>Publication status.</summary>
    public DocumentTemplateStatus? Status { get; init; }

    /// <summary>Whether the template can be used.</summary>
    public bool? IsActive { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    static string IJsonApiResource<DocumentTemplate>.ExpectedType => IdentityResources.DocumentTemplate;

    static bool IJsonApiResource<DocumentTemplate>.Accepts(string type) => type == IdentityResources.DocumentTemplate;

    static JsonTypeInfo<DocumentTemplate> IJsonApiResource<DocumentTemplate>.AttributesTypeInfo => IdentityJsonContext.Default.DocumentTemplate;
}
