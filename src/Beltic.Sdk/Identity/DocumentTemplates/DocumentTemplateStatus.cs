using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>Publication status of a document template. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<DocumentTemplateStatus>))]
public readonly record struct DocumentTemplateStatus(string Value) : IBelticEnum<DocumentTemplateStatus>
{
    /// <summary>Draft. (<c>draft</c>)</summary>
    public static DocumentTemplateStatus Draft { get; } = new("draft");

    /// <summary>Published. (<c>published</c>)</summary>
    public static DocumentTemplateStatus Published { get; } = new("published");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator DocumentTemplateStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static DocumentTemplateStatus IBelticEnum<DocumentTemplateStatus>.FromValue(string value) => new(value);
}
