namespace Beltic.Credentials;

/// <summary>What an agent may do: <see cref="Actions"/> on resources of <see cref="ResourceType"/>, if every condition holds.</summary>
public sealed record AgentPermission
{
    /// <summary>Creates a permission.</summary>
    /// <param name="resourceType">The resource type, e.g. <c>wallet</c>.</param>
    /// <param name="actions">The allowed actions, e.g. <c>payment_authorize</c>.</param>
    public AgentPermission(string resourceType, IReadOnlyList<string> actions)
    {
        ResourceType = resourceType;
        Actions = actions;
    }

    /// <summary>The resource type.</summary>
    public string ResourceType { get; init; }

    /// <summary>The resource id, or <c>*</c> for any.</summary>
    public string ResourceId { get; init; } = "*";

    /// <summary>The allowed actions.</summary>
    public IReadOnlyList<string> Actions { get; init; }

    /// <summary>Conditions that must all hold.</summary>
    public IReadOnlyList<PermissionCondition>? Conditions { get; init; }
}
