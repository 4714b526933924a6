namespace Beltic.Identity;

/// <summary>The business an account or session is about.</summary>
public sealed record BusinessDetails
{
    /// <summary>Registered legal name.</summary>
    public string? LegalName { get; init; }

    /// <summary>Date of registration (<c>yyyy-MM-dd</c>).</summary>
    public DateOnly? RegistrationDate { get; init; }

    /// <summary>Shareholders.</summary>
    public IReadOnlyList<Shareholder>? Shareholders { get; init; }
}
