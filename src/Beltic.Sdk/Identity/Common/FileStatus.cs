using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>Upload status of a document file. Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<FileStatus>))]
public readonly record struct FileStatus(string Value) : IBelticEnum<FileStatus>
{
    /// <summary>Waiting for the bytes at the presigned URL. (<c>pending_upload</c>)</summary>
    public static FileStatus PendingUpload { get; } = new("pending_upload");

    /// <summary>Bytes received. (<c>uploaded</c>)</summary>
    public static FileStatus Uploaded { get; } = new("uploaded");

    /// <summary>Processed. (<c>processed</c>)</summary>
    public static FileStatus Processed { get; } = new("processed");

    /// <summary>Failed. (<c>failed</c>)</summary>
    public static FileStatus Failed { get; } = new("failed");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator FileStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static FileStatus IBelticEnum<FileStatus>.FromValue(string value) => new(value);
}
