using System.Text.Json.Serialization;

namespace Beltic.Identity;

/// <summary>What to send to create a session (<see cref="SessionsClient.CreateAsync"/>).</summary>
public sealed record SessionCreateOptions
{
    /// <summary>The account the session belongs to (sent as the <c>account</c> relationship).</summary>
    [JsonIgnore]
    public string? AccountId { get; init; }

    /// <summary>Person or business.</summary>
    public EntityType? EntityType { get; init; }
}
