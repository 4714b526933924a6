using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Identity;

/// <summary>An identity session: one verification attempt for an account.</summary>
public sealed record Session : BelticResource, IJsonApiResource<Session>
{
    /// <summary>Status (created → started → pending → completed → approved/declined).</summary>
    public SessionStatus? Status { get; init; }

    /// <summary>Person or business.</summary>
    public EntityType? EntityType { get; init; }

    /// <summary>Who created the session, e.g. <c>system</c>.</summary>
    public string? CreatorType { get; init; }

    /// <summary>Id of the creator.</summary>
    public string? CreatorId { get; init; }

    /// <summary>The person, as collected in the session.</summary>
    public Person? Person { get; init; }

    /// <summary>The business, as collected in the session.</summary>
    public BusinessDetails? Business { get; init; }

    /// <summary>Contact details.</summary>
    public ContactDetails? Contact { get; init; }

    /// <summary>Postal address.</summary>
    public Address? Address { get; init; }

    /// <summary>Identity numbers as the session reports them (an object here, unlike the account's list; kept raw).</summary>
    public JsonElement? IdentityNumbers { get; init; }

    /// <summary>Signals about how the subject behaved during the session.</summary>
    public BehaviorAnalysis? BehaviorAnalysis { get; init; }

    /// <summary>When the session was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the session last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Id of the account the session belongs to (relationship <c>account</c>).</summary>
    [JsonIgnore]
    public string? AccountId => RelatedId("account");

    static string IJsonApiResource<Session>.ExpectedType => IdentityResources.Session;

    static bool IJsonApiResource<Session>.Accepts(string type) => type == IdentityResources.Session;

    static JsonTypeInfo<Session> IJsonApiResource<Session>.AttributesTypeInfo => IdentityJsonContext.Default.Session;
}
