using Beltic.Uploads;

namespace Beltic;

/// <summary>
/// A file to upload to a document: its content, name and MIME type. Accepted types are PDF, JPEG, PNG, WEBP, TIFF
/// and HEIC/HEIF; the type is checked against the content's magic bytes, and an empty or unsupported file is rejected
/// before any request is sent. A seekable stream (e.g. a <see cref="FileStream"/>) is streamed, not copied; any other
/// stream is read into memory first so its size is known.
/// </summary>
/// <example>
/// <code>
/// var front = FileUpload.FromFile("id-front.jpg");
/// var back = FileUpload.FromStream(backStream, "id-back.png", "image/png");
/// </code>
/// </example>
public sealed class FileUpload
{
    private readonly Stream? _stream;
    private readonly string? _path;

    private FileUpload(Stream? stream, string? path, string fileName, string? contentType)
    {
        _stream = stream;
        _path = path;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>The file name declared to Beltic.</summary>
    public string FileName { get; }

    /// <summary>The declared MIME type, or null to recognise it from the content.</summary>
    public string? ContentType { get; }

    /// <summary>A file from a stream. The stream is read from its current position and is not disposed.</summary>
    /// <param name="content">A readable stream.</param>
    /// <param name="fileName">The file name to declare, e.g. <c>front.jpg</c>.</param>
    /// <param name="contentType">The MIME type, e.g. <c>image/jpeg</c>; null to recognise it from the content.</param>
    /// <returns>The upload.</returns>
    public static FileUpload FromStream(Stream content, string fileName, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(content);
        Http.Argument.NotNullOrWhiteSpace(fileName);
        if (!content.CanRead)
        {
            throw new ArgumentException($"The stream for '{fileName}' is not readable.", nameof(content));
        }

        return new FileUpload(content, null, fileName, contentType);
    }

    /// <summary>A file from disk, opened when the upload starts and closed when it ends.</summary>
    /// <param name="path">The file path; its name is declared to Beltic.</param>
    /// <param name="contentType">The MIME type; null to recognise it from the content.</param>
    /// <returns>The upload.</returns>
    public static FileUpload FromFile(string path, string? contentType = null)
    {
        Http.Argument.NotNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The file to upload was not found: {path}", path);
        }

        return new FileUpload(null, path, Path.GetFileName(path), contentType);
    }

    /// <summary>
    /// Reads what the upload needs to know before anything is sent: size, type, and a replayable stream. A file over
    /// <paramref name="maxBytes"/> is refused, without buffering more than that of a non-seekable stream.
    /// </summary>
    internal async Task<PreparedUpload> PrepareAsync(string parameterName, CancellationToken cancellationToken, long? maxBytes = null, string kind = "Document file")
    {
        var what = $"{kind} '{FileName}'";
        Stream stream;
        var owns = false;
        if (_path is not null)
        {
            stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            owns = true;
        }
        else if (_stream!.CanSeek)
        {
            stream = _stream;
        }
        else
        {
            stream = await BufferAsync(_stream, maxBytes, what, parameterName, cancellationToken).ConfigureAwait(false);
            owns = true;
        }

        try
        {
            var start = stream.Position;
            var length = stream.Length - start;
            if (length <= 0)
            {
                throw new ArgumentException($"{what} is empty.", parameterName);
            }

            if (length > maxBytes)
            {
                throw TooLarge(what, maxBytes.Value, length, parameterName);
            }

            var head = new byte[(int)Math.Min(FileTypes.SniffLength, length)];
            await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
            stream.Position = start;
            var type = FileTypes.Resolve(ContentType, head, what, parameterName);
            return new PreparedUpload(FileName, type, stream, start, length, owns);
        }
        catch
        {
            if (owns)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    private static async Task<MemoryStream> BufferAsync(Stream source, long? maxBytes, string what, string parameterName, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                await buffer.DisposeAsync().ConfigureAwait(false);
                throw TooLarge(what, maxBytes.Value, null, parameterName);
            }
        }

        buffer.Position = 0;
        return buffer;
    }

    private static ArgumentException TooLarge(string what, long maxBytes, long? length, string parameterName)
        => new($"{what} is {(length is { } l ? $"{l} bytes" : "larger")}; at most {maxBytes / (1024 * 1024)} MB ({maxBytes} bytes) are accepted.", parameterName);
}
