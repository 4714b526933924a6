using System.Text.Json;
using Beltic.Http;

namespace Beltic.WellKnown;

/// <summary>
/// Beltic's public documents at the host root (<c>https://api.beltic.com/.well-known/…</c>). No API key is sent.
/// Reached through <see cref="BelticClient.WellKnown"/>.
/// </summary>
public class WellKnownClient : BelticAreaClient
{
    internal WellKnownClient(BelticConnection connection)
        : base(connection, WellKnownJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected WellKnownClient()
    {
    }

    /// <summary>Fetches the issuer JWKS (<c>GET /.well-known/jwks.json</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key set, plus its raw JSON.</returns>
    public virtual async Task<JwksDocument> GetJwksAsync(CancellationToken cancellationToken = default)
    {
        var call = Call("well_known.jwks", null);
        var (raw, response) = await SendForTextAsync(Rest<IWellKnownApi>(BelticPipeline.HostRoot).GetJwksAsync(call, cancellationToken), cancellationToken).ConfigureAwait(false);
        var doc = Parse(raw, WellKnownJsonContext.Default.JwksDocument, "JWKS");
        doc.Json = raw;
        doc.RawResponse = response;
        return doc;
    }

    /// <summary>Fetches the issuer DID document (<c>GET /.well-known/did.json</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The DID document, plus its raw JSON.</returns>
    public virtual async Task<DidDocument> GetDidDocumentAsync(CancellationToken cancellationToken = default)
    {
        var call = Call("well_known.did", null);
        var (raw, response) = await SendForTextAsync(Rest<IWellKnownApi>(BelticPipeline.HostRoot).GetDidDocumentAsync(call, cancellationToken), cancellationToken).ConfigureAwait(false);
        var doc = Parse(raw, WellKnownJsonContext.Default.DidDocument, "DID document");
        doc.Json = raw;
        doc.RawResponse = response;
        return doc;
    }

    /// <summary>Fetches a status list (<c>GET /.well-known/status-lists/v1?org=…</c>).</summary>
    /// <param name="organization">The organisation whose list to fetch (the <c>org</c> query parameter), or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The list document as served.</returns>
    public virtual async Task<StatusListDocument> GetStatusListAsync(string? organization = null, CancellationToken cancellationToken = default)
    {
        Argument.NullOrNotWhiteSpace(organization);
        var call = Call("well_known.status_list", null);
        var (raw, response) = await SendForTextAsync(Rest<IWellKnownApi>(BelticPipeline.HostRoot).GetStatusListAsync(organization, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new StatusListDocument(raw, TryReadEncodedList(raw)) { RawResponse = response };
    }

    private static T Parse<T>(string raw, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string what)
    {
        try
        {
            return JsonSerializer.Deserialize(raw, info) ?? throw new BelticException($"The {what} was empty.");
        }
        catch (JsonException ex)
        {
            throw new BelticException($"The {what} is not valid JSON: {ex.Message}", ex);
        }
    }

    private static string? TryReadEncodedList(string raw)
    {
        try
        {
            using var doc = JsonDocument.Parse(raw);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("encodedList", out var direct) && direct.ValueKind == JsonValueKind.String)
            {
                return direct.GetString();
            }

            return root.TryGetProperty("credentialSubject", out var subject) && subject.ValueKind == JsonValueKind.Object &&
                   subject.TryGetProperty("encodedList", out var nested) && nested.ValueKind == JsonValueKind.String
                ? nested.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null; // a compact JWS, not JSON
        }
    }
}
