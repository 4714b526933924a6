namespace Beltic.Credentials;

/// <summary>A beneficial owner in business claims.</summary>
public sealed record BeneficialOwner
{
    /// <summary>Full name.</summary>
    public string? FullName { get; init; }

    /// <summary>Ownership percentage (0–100).</summary>
    public decimal? OwnershipPercent { get; init; }

    /// <summary>Id of the person record, if any.</summary>
    public string? PersonId { get; init; }

    /// <summary>Role, e.g. <c>director</c>.</summary>
    public string? Role { get; init; }
}
