using Beltic.Http;

namespace Beltic.Identity;

/// <summary>Shared steps of the document upload helpers: validate every file before sending, then PUT each one.</summary>
internal static class DocumentUploads
{
    /// <summary>Validates and prepares every file (type, emptiness, distinct names) before any request is sent.</summary>
    public static async Task<PreparedUpload[]> PrepareAllAsync(IReadOnlyList<FileUpload> files, string parameterName, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("At least one file is needed.", parameterName);
        }

        var duplicate = files.GroupBy(f => f.FileName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two files are named '{duplicate.Key}'; each file of a document needs its own name.", parameterName);
        }

        var prepared = new List<PreparedUpload>(files.Count);
        try
        {
            foreach (var file in files)
            {
                prepared.Add(await file.PrepareAsync(parameterName, cancellationToken).ConfigureAwait(false));
            }

            return [.. prepared];
        }
        catch
        {
            await DisposeAllAsync(prepared).ConfigureAwait(false);
            throw;
        }
    }

    public static async Task DisposeAllAsync(IEnumerable<PreparedUpload> files)
    {
        foreach (var file in files)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The presigned URL for a declared file of a new <c>document/idv</c>: by file id, else by declaration order.</summary>
    public static PresignedUpload FindUpload(IdvDocument document, string fileName, int index, int declared)
    {
        var fileId = document.Files.FirstOrDefault(f => f.Filename == fileName)?.Id;
        var uploads = document.Uploads;
        return (fileId is null ? null : uploads.FirstOrDefault(u => u.FileId == fileId))
            ?? (uploads.Count == declared ? uploads[index] : null)
            ?? throw new BelticException($"The API created document '{document.Id}' but returned no presigned upload URL for '{fileName}'.");
    }

    /// <summary>The presigned URL of a file just added to a document.</summary>
    public static PresignedUpload Target(DocumentFile file, string documentId)
        => file.Upload ?? throw new BelticException(
            $"The API added '{file.Filename}' to document '{documentId}' but returned no presigned upload URL for it.");
}
