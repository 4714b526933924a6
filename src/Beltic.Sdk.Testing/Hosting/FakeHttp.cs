using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Hosting;

/// <summary>Reading requests and writing answers in Beltic's shapes (§1 errors, §11.3), shared by every fake area.</summary>
internal static class FakeHttp
{
    private const string BodyKey = "beltic.fake.body";
    private const string RequestIdKey = "beltic.fake.request_id";

    /// <summary>The request body as received (buffered once by the journal).</summary>
    public static byte[] Body(HttpContext context) => context.Items[BodyKey] as byte[] ?? [];

    public static async Task<byte[]> BufferBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var bytes = buffer.ToArray();
        context.Items[BodyKey] = bytes;
        context.Request.Body = new MemoryStream(bytes, writable: false);
        return bytes;
    }

    public static string RequestId(HttpContext context) => context.Items[RequestIdKey] as string ?? "req_fake";

    public static void SetRequestId(HttpContext context, string requestId)
    {
        context.Items[RequestIdKey] = requestId;
        context.Response.Headers["X-Request-Id"] = requestId;
    }

    /// <summary>The body as a JSON object, or null (and a 400 written) when it is missing or not an object.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpContext context, bool jsonApi = false)
    {
        try
        {
            if (JsonNode.Parse(Body(context)) is JsonObject obj)
            {
                return obj;
            }
        }
        catch (JsonException)
        {
        }

        if (jsonApi)
        {
            await JsonApiErrorAsync(context, 400, "malformed_request", "The body is not a JSON:API document.", null).ConfigureAwait(false);
        }
        else
        {
            await ErrorAsync(context, 400, "malformed_request", "The body is not a JSON object.").ConfigureAwait(false);
        }

        return null;
    }

    public static Task JsonAsync(HttpContext context, int status, JsonNode body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8, context.RequestAborted);
    }

    /// <summary>The plain error envelope: <c>{"error":{code,message,details,request_id}}</c>.</summary>
    public static Task ErrorAsync(HttpContext context, int status, string code, string message, JsonObject? details = null, string? requiredScope = null)
    {
        var error = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["details"] = details ?? new JsonObject(),
            ["request_id"] = RequestId(context),
        };
        if (requiredScope is not null)
        {
            error["required_scope"] = requiredScope;
        }

        return JsonAsync(context, status, new JsonObject { ["error"] = error });
    }

    /// <summary>The JSON:API error document: <c>{"errors":[{status,code,title,detail,source:{pointer}}]}</c>.</summary>
    public static Task JsonApiErrorAsync(HttpContext context, int status, string code, string detail, string? pointer)
    {
        var error = new JsonObject
        {
            ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["code"] = code,
            ["title"] = code.Replace('_', ' '),
            ["detail"] = detail,
        };
        if (pointer is not null)
        {
            error["source"] = new JsonObject { ["pointer"] = pointer };
        }

        return JsonAsync(context, status, new JsonObject { ["errors"] = new JsonArray(error), ["meta"] = new JsonObject { ["request_id"] = RequestId(context) } }, "application/vnd.api+json");
    }

    /// <summary>A JSON:API answer with one resource or a list (<c>{data, included?, meta?, links?}</c>).</summary>
    public static Task JsonApiAsync(HttpContext context, int status, JsonNode data, JsonNode? meta = null, JsonNode? links = null, JsonArray? included = null)
    {
        var document = new JsonObject { ["data"] = data };
        if (included is { Count: > 0 })
        {
            document["included"] = included;
        }

        if (meta is not null)
        {
            document["meta"] = meta;
        }

        if (links is not null)
        {
            document["links"] = links;
        }

        return JsonAsync(context, status, document, "application/vnd.api+json");
    }

    /// <summary>A query value, or null.</summary>
    public static string? Query(HttpContext context, string name)
        => context.Request.Query.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrEmpty(v[0]) ? v[0] : null;

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
