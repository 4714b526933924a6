namespace Beltic.Workflows;

/// <summary>Filters for <see cref="WorkflowsClient.ListAsync"/>.</summary>
public sealed record WorkflowListOptions
{
    /// <summary>Only deployed workflows (true) or only undeployed ones (false); null lists both.</summary>
    public bool? Deployed { get; init; }
}
