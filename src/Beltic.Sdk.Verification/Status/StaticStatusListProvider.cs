namespace Beltic.Verification.Status;

/// <summary>Offline status lists: documents given as text or files, by URL, plus an optional fallback for every URL.</summary>
public sealed class StaticStatusListProvider : IStatusListProvider
{
    private readonly Dictionary<string, StatusListContent> _byUrl = new(StringComparer.Ordinal);
    private StatusListContent? _fallback;

    /// <summary>Creates a provider that uses the status-list file at <paramref name="path"/> for every status-list URL.</summary>
    /// <param name="path">A status-list document (JSON credential, bare <c>{"encodedList": …}</c> or compact JWS).</param>
    /// <returns>The provider.</returns>
    public static StaticStatusListProvider FromFile(string path) => new StaticStatusListProvider().ForAnyUrl(File.ReadAllText(path));

    /// <summary>Uses <paramref name="content"/> for every status-list URL.</summary>
    /// <param name="content">The status-list document.</param>
    /// <returns>This provider.</returns>
    public StaticStatusListProvider ForAnyUrl(string content)
    {
        _fallback = new StatusListContent(content);
        return this;
    }

    /// <summary>
    /// Uses <paramref name="content"/> for one URL, matched exactly apart from a fragment. The query is part of the
    /// match: Beltic keeps one list per organisation (<c>?org=…</c>), so another organisation's list is never used.
    /// </summary>
    /// <param name="url">The <c>statusListCredential</c> URL.</param>
    /// <param name="content">The status-list document.</param>
    /// <returns>This provider.</returns>
    public StaticStatusListProvider ForUrl(string url, string content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        _byUrl[url] = new StatusListContent(content);
        return this;
    }

    /// <inheritdoc />
    public ValueTask<StatusListContent?> GetAsync(string url, CancellationToken cancellationToken)
    {
        if (_byUrl.TryGetValue(url, out var exact))
        {
            return ValueTask.FromResult<StatusListContent?>(exact);
        }

        var cut = url.IndexOf('#', StringComparison.Ordinal);
        if (cut > 0 && _byUrl.TryGetValue(url[..cut], out var bare))
        {
            return ValueTask.FromResult<StatusListContent?>(bare);
        }

        return ValueTask.FromResult(_fallback);
    }
}
