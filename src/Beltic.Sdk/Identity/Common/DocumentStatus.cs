using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>Processing status of an identity or generic document. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<DocumentStatus>))]
public readonly record struct DocumentStatus(string Value) : IBelticEnum<DocumentStatus>
{
    /// <summary>Created; files not yet uploaded or submitted. (<c>pending</c>)</summary>
    public static DocumentStatus Pending { get; } = new("pending");

    /// <summary>Submitted for processing. (<c>submitted</c>)</summary>
    public static DocumentStatus Submitted { get; } = new("submitted");

    /// <summary>Being processed. (<c>processing</c>)</summary>
    public static DocumentStatus Processing { get; } = new("processing");

    /// <summary>Processing finished. (<c>processed</c>)</summary>
    public static DocumentStatus Processed { get; } = new("processed");

    /// <summary>Processing failed. (<c>failed</c>)</summary>
    public static DocumentStatus Failed { get; } = new("failed");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator DocumentStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static DocumentStatus IBelticEnum<DocumentStatus>.FromValue(string value) => new(value);
}
