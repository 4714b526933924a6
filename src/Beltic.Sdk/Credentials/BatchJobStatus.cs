using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Credentials;

/// <summary>Status of a batch-issue job. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<BatchJobStatus>))]
public readonly record struct BatchJobStatus(string Value) : IBelticEnum<BatchJobStatus>
{
    /// <summary>Accepted, not started. (<c>queued</c>)</summary>
    public static BatchJobStatus Queued { get; } = new("queued");

    /// <summary>Items are being issued. (<c>processing</c>)</summary>
    public static BatchJobStatus Processing { get; } = new("processing");

    /// <summary>Finished; some items may have failed (see errors). (<c>completed</c>)</summary>
    public static BatchJobStatus Completed { get; } = new("completed");

    /// <summary>Every item failed. (<c>failed</c>)</summary>
    public static BatchJobStatus Failed { get; } = new("failed");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator BatchJobStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static BatchJobStatus IBelticEnum<BatchJobStatus>.FromValue(string value) => new(value);
}
