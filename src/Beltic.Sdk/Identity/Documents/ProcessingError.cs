using System.Text.Json;
using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>A problem reported while processing a document.</summary>
public sealed record ProcessingError
{
    /// <summary>HTTP-style status of the problem, as text.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; init; }

    /// <summary>Machine-readable code.</summary>
    public string? Code { get; init; }

    /// <summary>Short summary.</summary>
    public string? Title { get; init; }

    /// <summary>Explanation.</summary>
    public string? Detail { get; init; }

    /// <summary>Extra facts (e.g. <c>occurred_at</c>), raw JSON.</summary>
    public JsonElement? Meta { get; init; }
}
