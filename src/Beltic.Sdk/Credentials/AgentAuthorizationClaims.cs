using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Credentials;

/// <summary>Claims of an <c>agent_authorization</c> credential.</summary>
public sealed record AgentAuthorizationClaims
{
    /// <summary>Creates the claims.</summary>
    /// <param name="permissions">At least one permission.</param>
    public AgentAuthorizationClaims(IReadOnlyList<AgentPermission> permissions) => Permissions = permissions;

    /// <summary>The permissions.</summary>
    public IReadOnlyList<AgentPermission> Permissions { get; init; }

    /// <summary>The principal that delegated authority (Beltic requires it for <c>wallet</c> permissions).</summary>
    public string? DelegatedBySubjectId { get; init; }

    /// <summary>Spend limit.</summary>
    public SpendLimit? SpendLimit { get; init; }

    /// <summary>Currencies the agent may transact in.</summary>
    public IReadOnlyList<string>? AuthorizedCurrencies { get; init; }

    /// <summary>ISO 8601 duration after which an idle agent loses authority.</summary>
    public string? MaxIdleDuration { get; init; }

    /// <summary>Whether a human must be present.</summary>
    public bool? HumanPresent { get; init; }

    /// <summary>Further claims, sent as-is.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalClaims { get; set; }
}
