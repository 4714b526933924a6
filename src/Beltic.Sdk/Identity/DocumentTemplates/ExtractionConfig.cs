using System.Text.Json;

namespace Beltic.Identity;

/// <summary>Data extraction settings of a document template.</summary>
public sealed record ExtractionConfig
{
    /// <summary>Whether data is extracted.</summary>
    public bool? Enabled { get; init; }

    /// <summary>
    /// The JSON Schema of the data to extract (Beltic extensions such as <c>"custom:type": "date"</c> and
    /// <c>"beltic:validation"</c> are allowed); sent and returned as raw JSON.
    /// </summary>
    public JsonElement? Schema { get; init; }

    /// <summary>Extra extraction rules, raw JSON.</summary>
    public JsonElement? ExtractionRules { get; init; }
}
