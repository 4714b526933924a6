using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Credentials;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.WellKnown;

/// <summary>The public documents at the host root (§5), with the documented <c>Cache-Control</c>.</summary>
internal sealed class FakeWellKnown(FakeState state, FakeCredentials credentials) : IFakeArea
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/.well-known/jwks.json", context => Document(context, CredentialSigner.Jwks(state), 3600)).WithMetadata(RequiredScope.Public);
        routes.MapGet("/.well-known/did.json", context => Document(context, DidDocument(), 3600)).WithMetadata(RequiredScope.Public);
        routes.MapGet("/.well-known/status-lists/v1", context => Document(context, credentials.StatusList.Document(state.Options.Issuer, credentials.StatusListUrl, state.Now), 60))
            .WithMetadata(RequiredScope.Public);
    }

    private static Task Document(HttpContext context, string json, int maxAge)
    {
        context.Response.Headers.CacheControl = $"public, max-age={maxAge}";
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json, context.RequestAborted);
    }

    private string DidDocument()
    {
        var issuer = state.Options.Issuer;
        var keyId = $"{issuer}#{state.Options.SigningKeyId}";
        var jwk = ((JsonArray)JsonNode.Parse(CredentialSigner.Jwks(state))!["keys"]!)[0]!.DeepClone();
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1"),
            ["id"] = issuer,
            ["verificationMethod"] = new JsonArray(new JsonObject { ["id"] = keyId, ["type"] = "JsonWebKey2020", ["controller"] = issuer, ["publicKeyJwk"] = jwk }),
            ["assertionMethod"] = new JsonArray(keyId),
        }.ToJsonString();
    }
}
