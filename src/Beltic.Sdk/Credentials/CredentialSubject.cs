using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>Who or what a credential is about. <see cref="Id"/> is what verifiers index on.</summary>
public sealed record CredentialSubject
{
    /// <summary>Creates a subject.</summary>
    /// <param name="id">The subject id (e.g. <c>biz_widgetcorp</c>, an agent DID).</param>
    /// <param name="type">The subject type (<c>organisation</c>, <c>person</c>, <c>agent</c>, <c>document</c>).</param>
    public CredentialSubject(string id, SubjectType type)
    {
        Id = id;
        Type = type;
    }

    /// <summary>The subject id.</summary>
    public string Id { get; init; }

    /// <summary>The subject type.</summary>
    public SubjectType Type { get; init; }

    /// <summary>Display name (organisations).</summary>
    public string? Name { get; init; }

    /// <summary>Company registration number (organisations).</summary>
    public string? RegistrationNumber { get; init; }

    /// <summary>Jurisdiction, e.g. <c>US-DE</c> (organisations).</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>Legal form, e.g. <c>LLC</c> (organisations).</summary>
    public string? LegalForm { get; init; }

    /// <summary>E-mail address (persons).</summary>
    public string? Email { get; init; }

    /// <summary>First name (persons).</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name (persons).</summary>
    public string? LastName { get; init; }

    /// <summary>The external id of an agent.</summary>
    public string? AgentExternalId { get; init; }

    /// <summary>The user an agent or stacked credential belongs to.</summary>
    public string? ParentUserId { get; init; }

    /// <summary>The business an agent or user belongs to.</summary>
    public string? ParentBusinessId { get; init; }

    /// <summary>Any other subject members, sent and received as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
