namespace Beltic.Verification.Keys;

/// <summary>Where the verifier gets issuer keys. Implementations must be thread-safe.</summary>
public interface IJwksProvider
{
    /// <summary>Finds the usable ES256 key <paramref name="kid"/> in <paramref name="issuer"/>'s key set.</summary>
    /// <param name="issuer">The (already trusted) issuer DID.</param>
    /// <param name="kid">The key id from the token header.</param>
    /// <param name="cancellationToken">Cancels a fetch.</param>
    /// <returns>The key, or null when the issuer has no usable key with that id.</returns>
    ValueTask<IssuerKey?> FindKeyAsync(string issuer, string kid, CancellationToken cancellationToken);
}
