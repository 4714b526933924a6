using System.Net;
using System.Text.Json;
using Beltic.WebsiteChecks;
using Beltic.WellKnown;

namespace Beltic;

/// <summary>
/// Builds any model the SDK returns — including the parts the API fills and callers cannot set (a resource's id and
/// relationships, <see cref="BelticObject.RawResponse"/>) — so code that mocks <see cref="BelticClient"/> can return
/// realistic results in its unit tests. Everything else on the models is settable with an object initializer.
/// </summary>
/// <example>
/// <code>
/// var account = BelticModelFactory.Resource(new Account { ExternalId = "user_42" }, "acc_1", relationships: new() { ["sessions"] = [new("session", "ses_1")] });
/// var response = BelticModelFactory.Response(HttpStatusCode.Created, requestId: "req_1");
/// var credential = BelticModelFactory.WithRawResponse(new Credential { Id = "cred_1" }, response);
/// </code>
/// </example>
public static class BelticModelFactory
{
    /// <summary>The HTTP facts a returned model carries.</summary>
    /// <param name="statusCode">The status; default 200.</param>
    /// <param name="requestId">The <c>X-Request-Id</c>, if any.</param>
    /// <param name="idempotencyKey">The idempotency key the call sent, if any.</param>
    /// <param name="headers">Other response headers.</param>
    /// <returns>The response record.</returns>
    public static BelticResponse Response(
        HttpStatusCode statusCode = HttpStatusCode.OK, string? requestId = null, string? idempotencyKey = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null)
    {
        var all = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            all[name] = values;
        }

        if (requestId is not null)
        {
            all["X-Request-Id"] = [requestId];
        }

        return new BelticResponse(statusCode, all, idempotencyKey);
    }

    /// <summary>Sets the response a model came with, and returns the model.</summary>
    /// <typeparam name="T">Any returned model (a credential, a page, an account, …).</typeparam>
    /// <param name="model">The model.</param>
    /// <param name="response">The response, e.g. from <see cref="Response"/>.</param>
    /// <returns><paramref name="model"/>.</returns>
    public static T WithRawResponse<T>(T model, BelticResponse? response)
        where T : BelticObject
    {
        ArgumentNullException.ThrowIfNull(model);
        model.RawResponse = response;
        return model;
    }

    /// <summary>Sets what a resource model carries besides its attributes, and returns the model.</summary>
    /// <typeparam name="T">A resource model (account, session, document, webhook, business, screening, …).</typeparam>
    /// <param name="model">The model, with its attributes set by an object initializer.</param>
    /// <param name="id">The resource id.</param>
    /// <param name="resourceType">The JSON:API type, e.g. <c>account</c>.</param>
    /// <param name="relationships">Related resources by relationship name.</param>
    /// <param name="included">Resources included with it.</param>
    /// <param name="meta">Its <c>meta</c> object.</param>
    /// <param name="rawAttributes">Its attributes as received.</param>
    /// <returns><paramref name="model"/>.</returns>
    public static T Resource<T>(
        T model,
        string id,
        string? resourceType = null,
        Dictionary<string, IReadOnlyList<ResourceReference>>? relationships = null,
        IEnumerable<BelticResource>? included = null,
        JsonElement? meta = null,
        JsonElement? rawAttributes = null)
        where T : BelticResource
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(id);
        model.Id = id;
        model.ResourceType = resourceType ?? model.ResourceType;
        model.Relationships = relationships is null ? model.Relationships : new Dictionary<string, IReadOnlyList<ResourceReference>>(relationships, StringComparer.Ordinal);
        model.Included = included is null ? model.Included : new IncludedResources(included.ToList());
        model.Meta = meta ?? model.Meta;
        model.RawAttributes = rawAttributes ?? model.RawAttributes;
        return model;
    }

    /// <summary>A JWKS as <see cref="WellKnownClient.GetJwksAsync"/> returns it.</summary>
    /// <param name="json">The JWKS JSON.</param>
    /// <returns>The document.</returns>
    public static JwksDocument Jwks(string json) => Parse(json, WellKnownJsonContext.Default.JwksDocument, static (d, j) => d.Json = j);

    /// <summary>A DID document as <see cref="WellKnownClient.GetDidDocumentAsync"/> returns it.</summary>
    /// <param name="json">The DID document JSON.</param>
    /// <returns>The document.</returns>
    public static DidDocument DidDocument(string json) => Parse(json, WellKnownJsonContext.Default.DidDocument, static (d, j) => d.Json = j);

    /// <summary>A website check as the API answered it.</summary>
    /// <param name="model">The check, with its fields set.</param>
    /// <param name="rawJson">The answer as received.</param>
    /// <returns><paramref name="model"/>.</returns>
    public static WebsiteCheck WebsiteCheck(WebsiteCheck model, JsonElement rawJson)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.RawJson = rawJson;
        return model;
    }

    private static T Parse<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, Action<T, string> keep)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = JsonSerializer.Deserialize(json, info) ?? throw new ArgumentException("The JSON is null.", nameof(json));
        keep(document, json);
        return document;
    }
}
