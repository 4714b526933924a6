namespace Beltic.Identity;

/// <summary>How to reach the subject.</summary>
public sealed record ContactDetails
{
    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number (E.164 recommended).</summary>
    public string? Phone { get; init; }
}
