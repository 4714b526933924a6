using System.Security.Cryptography;
using Beltic.Verification.Jose;
using Microsoft.IdentityModel.Tokens;

namespace Beltic.Verification.Keys;

/// <summary>
/// An issuer's JWKS, reduced to the keys usable for ES256. A key is unusable (and recorded in <see cref="Rejected"/>)
/// when it is not <c>kty: EC</c> / <c>crv: P-256</c>, its coordinates are not 32 bytes or not on the curve, it holds a
/// private part, its <c>use</c>/<c>key_ops</c>/<c>alg</c> say another purpose, or its <c>kid</c> appears twice.
/// </summary>
public sealed class IssuerKeySet
{
    private readonly Dictionary<string, IssuerKey> _keys;

    private IssuerKeySet(Dictionary<string, IssuerKey> keys, Dictionary<string, string> rejected)
    {
        _keys = keys;
        Rejected = rejected;
    }

    /// <summary>An empty set.</summary>
    public static IssuerKeySet Empty { get; } = new([], []);

    /// <summary>Usable keys by kid.</summary>
    public IReadOnlyDictionary<string, IssuerKey> Keys => _keys;

    /// <summary>Keys that were dropped, by kid (or position), with the reason.</summary>
    public IReadOnlyDictionary<string, string> Rejected { get; }

    /// <summary>Parses a JWKS document (<c>{"keys":[…]}</c>).</summary>
    /// <param name="json">The JWKS JSON.</param>
    /// <returns>The usable keys.</returns>
    /// <exception cref="ArgumentException">The text is not a JWKS.</exception>
    public static IssuerKeySet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (ShapeProblem(json) is { } problem)
        {
            throw new ArgumentException($"Not a JWKS document (a JSON object with a \"keys\" array): {problem}.", nameof(json));
        }

        JsonWebKeySet set;
        try
        {
            set = new JsonWebKeySet(json);
        }
        catch (Exception ex) when (ex is ArgumentException or System.Text.Json.JsonException or InvalidOperationException)
        {
            // IdentityModel's own message hides the detail ("PII is hidden"); say what we know instead.
            throw new ArgumentException("Not a JWKS document: one of its keys is not a readable JWK.", nameof(json), ex);
        }

        return From(set);
    }

    private static string? ShapeProblem(string json)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return $"it is a JSON {root.ValueKind.ToString().ToLowerInvariant()}";
            }

            if (!root.TryGetProperty("keys"u8, out var keys) || keys.ValueKind != System.Text.Json.JsonValueKind.Array)
            {
                return "it has no \"keys\" array";
            }

            var i = 0;
            foreach (var key in keys.EnumerateArray())
            {
                if (key.ValueKind != System.Text.Json.JsonValueKind.Object)
                {
                    return $"keys[{i}] is not a JSON object";
                }

                i++;
            }

            return null;
        }
        catch (System.Text.Json.JsonException ex)
        {
            return "it is not valid JSON (" + ex.Message + ")";
        }
    }

    /// <summary>Builds the set from IdentityModel's JWKS type.</summary>
    /// <param name="set">The key set.</param>
    /// <returns>The usable keys.</returns>
    public static IssuerKeySet From(JsonWebKeySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var keys = new Dictionary<string, IssuerKey>(StringComparer.Ordinal);
        var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var jwk in set.Keys)
        {
            var label = string.IsNullOrEmpty(jwk.Kid) ? $"#{index}" : jwk.Kid;
            index++;
            if (!string.IsNullOrEmpty(jwk.Kid) && !seen.Add(jwk.Kid))
            {
                keys.Remove(jwk.Kid);
                rejected[jwk.Kid] = "the kid appears more than once in the key set";
                continue;
            }

            if (rejected.ContainsKey(label))
            {
                continue;
            }

            var problem = TryCreate(jwk, out var key);
            if (problem is null)
            {
                keys[jwk.Kid] = key!;
            }
            else
            {
                rejected[label] = problem;
            }
        }

        return new IssuerKeySet(keys, rejected);
    }

    internal bool TryGet(string kid, out IssuerKey? key) => _keys.TryGetValue(kid, out key);

    private static string? TryCreate(JsonWebKey jwk, out IssuerKey? key)
    {
        key = null;
        if (string.IsNullOrEmpty(jwk.Kid))
        {
            return "the key has no kid";
        }

        if (jwk.Kty != "EC")
        {
            return $"kty is '{jwk.Kty}', not EC";
        }

        if (jwk.Crv != "P-256")
        {
            return $"crv is '{jwk.Crv}', not P-256";
        }

        if (!string.IsNullOrEmpty(jwk.D))
        {
            return "the key contains a private part (d)";
        }

        if (!string.IsNullOrEmpty(jwk.Use) && jwk.Use != "sig")
        {
            return $"use is '{jwk.Use}', not sig";
        }

        if (jwk.KeyOps is { Count: > 0 } ops && !ops.Contains("verify"))
        {
            return "key_ops does not include verify";
        }

        if (!string.IsNullOrEmpty(jwk.Alg) && jwk.Alg != "ES256")
        {
            return $"alg is '{jwk.Alg}', not ES256";
        }

        if (jwk.X is null || jwk.Y is null || !Base64UrlStrict.TryDecode(jwk.X, out var x) || !Base64UrlStrict.TryDecode(jwk.Y, out var y) || x.Length != 32 || y.Length != 32)
        {
            return "x and y must be base64url of exactly 32 bytes each";
        }

        var parameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } };
        try
        {
            using var probe = ECDsa.Create(parameters); // rejects points that are not on the curve
        }
        catch (CryptographicException ex)
        {
            return "the point is not on P-256 (" + ex.Message + ")";
        }

        key = new IssuerKey(jwk.Kid, parameters);
        return null;
    }
}
