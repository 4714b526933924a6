using System.Text.Json;
using System.Text.Json.Serialization;

namespace Beltic.Identity;

/// <summary>One check of a verification (e.g. document expiry, face match) and its result.</summary>
public sealed record VerificationCheck
{
    /// <summary>The check's name, e.g. <c>id_expired_detection</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Result: passed, failed or not applicable.</summary>
    public CheckStatus? Status { get; init; }

    /// <summary>Why it failed (reason codes).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Whether the check counts towards the verification's outcome.</summary>
    public CheckRequirement? Requirement { get; init; }

    /// <summary>Check-specific details, kept raw.</summary>
    public JsonElement? Metadata { get; init; }

    /// <summary>Whether the check passed.</summary>
    [JsonIgnore]
    public bool Passed => Status == CheckStatus.Passed;
}
