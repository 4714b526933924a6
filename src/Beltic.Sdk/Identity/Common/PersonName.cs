namespace Beltic.Identity;

/// <summary>A person's name.</summary>
public sealed record PersonName
{
    /// <summary>Given name.</summary>
    public string? First { get; init; }

    /// <summary>Middle name(s).</summary>
    public string? Middle { get; init; }

    /// <summary>Family name.</summary>
    public string? Last { get; init; }
}
