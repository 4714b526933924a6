namespace Beltic.Uploads;

/// <summary>Validates a set of files before anything is sent, and releases them after.</summary>
internal static class PreparedUploads
{
    /// <summary>Validates and prepares every file (type, emptiness, distinct names) before any request is sent.</summary>
    public static async Task<PreparedUpload[]> PrepareAllAsync(IReadOnlyList<FileUpload> files, string parameterName, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("At least one file is needed.", parameterName);
        }

        if (files.Any(f => f is null))
        {
            throw new ArgumentException("A file in the list is null.", parameterName);
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
}
