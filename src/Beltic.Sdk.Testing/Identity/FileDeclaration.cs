using System.Text.Json.Nodes;
using Beltic.Uploads;

namespace Beltic.Testing.Identity;

/// <summary>A file declared by an add-file request: <c>{ filename, content_type, byte_size, checksum? }</c>.</summary>
internal sealed record FileDeclaration(string FileName, string ContentType, long ByteSize, string? Checksum)
{
    /// <summary>Reads and checks the attributes; the problem names the member by JSON pointer.</summary>
    public static (FileDeclaration? File, (string Pointer, string Detail)? Problem) Parse(JsonObject attributes)
    {
        const string at = "/data/attributes/";
        if (StoredResource.Text(attributes, "filename") is not { } name || string.IsNullOrWhiteSpace(name))
        {
            return (null, (at + "filename", "filename is required."));
        }

        if (StoredResource.Text(attributes, "content_type") is not { } type || !FileTypes.Allowed.Contains(FileTypes.Normalize(type)))
        {
            return (null, (at + "content_type", $"content_type must be one of {string.Join(", ", FileTypes.Allowed.Order())}."));
        }

        if (attributes["byte_size"] is not JsonValue sizeValue || !sizeValue.TryGetValue<long>(out var size) || size <= 0)
        {
            return (null, (at + "byte_size", "byte_size must be a positive integer."));
        }

        string? checksum = null;
        if (attributes["checksum"] is { } c)
        {
            checksum = StoredResource.Text(attributes, "checksum");
            if (checksum is null || !IsMd5(checksum))
            {
                return (null, (at + "checksum", "checksum must be the base64 MD5 of the content (24 characters)."));
            }
        }

        return (new FileDeclaration(name, FileTypes.Normalize(type), size, checksum), null);
    }

    private static bool IsMd5(string checksum)
    {
        Span<byte> bytes = stackalloc byte[18];
        return Convert.TryFromBase64String(checksum, bytes, out var written) && written == 16;
    }
}
