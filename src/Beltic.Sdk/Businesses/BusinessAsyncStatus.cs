using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Businesses;

/// <summary>
/// The <c>async_status</c> of a business lookup. Beltic documents only <c>processing</c>; any other value (the server's
/// word for done or failed) is kept as-is, never an error.
/// </summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<BusinessAsyncStatus>))]
public readonly record struct BusinessAsyncStatus(string Value) : IBelticEnum<BusinessAsyncStatus>
{
    /// <summary>The lookup is still running; poll it. (<c>processing</c>)</summary>
    public static BusinessAsyncStatus Processing { get; } = new("processing");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator BusinessAsyncStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static BusinessAsyncStatus IBelticEnum<BusinessAsyncStatus>.FromValue(string value) => new(value);
}
