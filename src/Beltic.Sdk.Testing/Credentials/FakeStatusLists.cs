using Beltic.Verification.Status;

namespace Beltic.Testing.Credentials;

/// <summary>
/// The fake's status list as a verifier source: a new <see cref="StatusListContent"/> per change (the verifier decodes
/// each instance once), so a revocation shows at the next verification.
/// </summary>
internal sealed class FakeStatusLists(Func<string> document, string url) : IStatusListProvider
{
    private readonly object _gate = new();
    private int _version;
    private (int Version, StatusListContent Content)? _current;

    /// <summary>Marks the list changed.</summary>
    public void Changed() => Interlocked.Increment(ref _version);

    public ValueTask<StatusListContent?> GetAsync(string requested, CancellationToken cancellationToken)
    {
        if (!requested.Split('#')[0].Equals(url, StringComparison.Ordinal))
        {
            return ValueTask.FromResult<StatusListContent?>(null);
        }

        lock (_gate)
        {
            var version = Volatile.Read(ref _version);
            if (_current is not { } c || c.Version != version)
            {
                _current = (version, new StatusListContent(document()));
            }

            return ValueTask.FromResult<StatusListContent?>(_current.Value.Content);
        }
    }
}
