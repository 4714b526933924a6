namespace Beltic.Verification.Status;

/// <summary>Where the verifier gets status lists. Implementations must be thread-safe and should return the same
/// <see cref="StatusListContent"/> instance while a list is unchanged (the decoded list is cached per instance).</summary>
public interface IStatusListProvider
{
    /// <summary>Gets the list a credential's <c>statusListCredential</c> URL names.</summary>
    /// <param name="url">The URL from the credential.</param>
    /// <param name="cancellationToken">Cancels a fetch.</param>
    /// <returns>The document, or null when this provider has no list for that URL.</returns>
    ValueTask<StatusListContent?> GetAsync(string url, CancellationToken cancellationToken);
}
