using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>An identity account: the person or business you verify, with its sessions and documents.</summary>
public sealed record Account : BelticResource, IJsonApiResource<Account>
{
    /// <summary>Your own id for the subject (unique per organisation).</summary>
    public string? ExternalId { get; init; }

    /// <summary>Person or business.</summary>
    public EntityType? EntityType { get; init; }

    /// <summary>Status of the account.</summary>
    public AccountStatus? Status { get; init; }

    /// <summary>The person, for person accounts.</summary>
    public Person? Person { get; init; }

    /// <summary>The business, for business accounts.</summary>
    public BusinessDetails? Business { get; init; }

    /// <summary>Contact details.</summary>
    public ContactDetails? Contact { get; init; }

    /// <summary>Postal address.</summary>
    public Address? Address { get; init; }

    /// <summary>National identity numbers.</summary>
    public IReadOnlyList<IdentityNumber>? IdentityNumbers { get; init; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the account last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When its personal data was redacted, if it was.</summary>
    public DateTimeOffset? RedactedAt { get; init; }

    /// <summary>Ids of the account's sessions (relationship <c>sessions</c>).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> SessionIds => RelatedIds("sessions");

    /// <summary>Ids of the account's documents (relationship <c>documents</c>).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> DocumentIds => RelatedIds("documents");

    static string IJsonApiResource<Account>.ExpectedType => IdentityResources.Account;

    static bool IJsonApiResource<Account>.Accepts(string type) => type == IdentityResources.Account;

    static JsonTypeInfo<Account> IJsonApiResource<Account>.AttributesTypeInfo => IdentityJsonContext.Default.Account;
}
