namespace Beltic;

/// <summary>A pointer to another resource: its type and id.</summary>
/// <param name="Type">The resource type, e.g. <c>session</c>.</param>
/// <param name="Id">The resource id.</param>
public sealed record ResourceReference(string Type, string Id);
