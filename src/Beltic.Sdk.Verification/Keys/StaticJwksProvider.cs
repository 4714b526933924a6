namespace Beltic.Verification.Keys;

/// <summary>Offline keys: JWKS documents given as text or files, per issuer. Never touches the network.</summary>
public sealed class StaticJwksProvider : IJwksProvider
{
    private readonly IReadOnlyDictionary<string, IssuerKeySet> _sets;

    /// <summary>Creates a provider for several issuers.</summary>
    /// <param name="sets">Key sets by issuer DID.</param>
    public StaticJwksProvider(IReadOnlyDictionary<string, IssuerKeySet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        _sets = new Dictionary<string, IssuerKeySet>(sets, StringComparer.Ordinal);
    }

    /// <summary>Creates a provider for one issuer.</summary>
    /// <param name="keys">The issuer's keys.</param>
    /// <param name="issuer">The issuer DID; default <c>did:web:beltic.com</c>.</param>
    public StaticJwksProvider(IssuerKeySet keys, string issuer = CredentialVerifierOptions.BelticIssuer)
        : this(new Dictionary<string, IssuerKeySet> { [issuer] = keys ?? throw new ArgumentNullException(nameof(keys)) })
    {
    }

    /// <summary>Creates a provider from JWKS JSON text.</summary>
    /// <param name="jwksJson">The JWKS document.</param>
    /// <param name="issuer">The issuer DID; default <c>did:web:beltic.com</c>.</param>
    /// <returns>The provider.</returns>
    public static StaticJwksProvider FromJson(string jwksJson, string issuer = CredentialVerifierOptions.BelticIssuer)
        => new(IssuerKeySet.Parse(jwksJson), issuer);

    /// <summary>Creates a provider from a JWKS file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="issuer">The issuer DID; default <c>did:web:beltic.com</c>.</param>
    /// <returns>The provider.</returns>
    public static StaticJwksProvider FromFile(string path, string issuer = CredentialVerifierOptions.BelticIssuer)
        => FromJson(File.ReadAllText(path), issuer);

    /// <inheritdoc />
    public ValueTask<IssuerKey?> FindKeyAsync(string issuer, string kid, CancellationToken cancellationToken)
        => ValueTask.FromResult(_sets.TryGetValue(issuer, out var set) && set.TryGet(kid, out var key) ? key : null);
}
