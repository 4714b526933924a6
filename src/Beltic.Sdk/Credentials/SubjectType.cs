using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Credentials;

/// <summary>The kind of subject a credential is about (<c>subject.type</c>). Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<SubjectType>))]
public readonly record struct SubjectType(string Value) : IBelticEnum<SubjectType>
{
    /// <summary>An organisation (British spelling, as the API requires). (<c>organisation</c>)</summary>
    public static SubjectType Organisation { get; } = new("organisation");

    /// <summary>A natural person. (<c>person</c>)</summary>
    public static SubjectType Person { get; } = new("person");

    /// <summary>An AI agent. (<c>agent</c>)</summary>
    public static SubjectType Agent { get; } = new("agent");

    /// <summary>A document. (<c>document</c>)</summary>
    public static SubjectType Document { get; } = new("document");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator SubjectType(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static SubjectType IBelticEnum<SubjectType>.FromValue(string value) => new(value);
}
