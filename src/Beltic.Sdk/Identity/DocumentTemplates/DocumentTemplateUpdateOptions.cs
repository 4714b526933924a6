namespace Beltic.Identity;

/// <summary>
/// The changes to a document template (<c>PATCH</c>). Only set members are sent; at least one must be set. A member
/// cannot be cleared to null this way.
/// </summary>
public sealed record DocumentTemplateUpdateOptions
{
    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New description.</summary>
    public string? Description { get; init; }

    /// <summary>New extraction settings.</summary>
    public ExtractionConfig? ExtractionConfig { get; init; }

    /// <summary>New fraud settings.</summary>
    public FraudConfig? FraudConfig { get; init; }

    /// <summary>New publication status.</summary>
    public DocumentTemplateStatus? Status { get; init; }

    /// <summary>Activate or deactivate.</summary>
    public bool? IsActive { get; init; }

    internal bool IsEmpty => Name is null && Description is null && ExtractionConfig is null && FraudConfig is null && Status is null && IsActive is null;
}
