using System.Security.Cryptography;

namespace Beltic.Verification.Keys;

/// <summary>A validated ES256 public key (P-256, point on the curve, no private part, usable for signatures).</summary>
public sealed class IssuerKey
{
    private readonly ECParameters _parameters;
    private readonly ThreadLocal<ECDsa> _perThread;

    internal IssuerKey(string kid, ECParameters parameters)
    {
        Kid = kid;
        _parameters = parameters;
        PublicPoint = [.. parameters.Q.X!, .. parameters.Q.Y!];
        // ECDsa instances are not documented as thread-safe: each thread gets its own over the same public point.
        _perThread = new ThreadLocal<ECDsa>(() => ECDsa.Create(_parameters));
    }

    /// <summary>The key id.</summary>
    public string Kid { get; }

    internal ECDsa Algorithm => _perThread.Value!;

    /// <summary>x‖y: what a cached signature verdict is bound to, so that only this very key can reuse it.</summary>
    internal byte[] PublicPoint { get; }
}
