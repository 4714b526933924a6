using System.Globalization;
using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Identity;

/// <summary>The JSON:API error answers of the Identity and KYB areas (<c>{"errors":[{status,code,title,detail,source}]}</c>).</summary>
internal static class JsonApiErrors
{
    /// <summary>422: an attribute, relationship or meta member is wrong; <paramref name="pointer"/> names it.</summary>
    public static Task InvalidAsync(HttpContext context, string pointer, string detail, string code = "invalid")
        => FakeHttp.JsonApiErrorAsync(context, 422, code, detail, pointer);

    /// <summary>404: the resource in the path (no pointer) or a related resource (its pointer) does not exist.</summary>
    public static Task NotFoundAsync(HttpContext context, string what, string? pointer = null)
        => FakeHttp.JsonApiErrorAsync(context, 404, "not_found", $"{what} was not found.", pointer);

    /// <summary>409: JSON:API's answer to a resource object of the wrong <c>type</c> or <c>id</c> for the endpoint.</summary>
    public static Task ConflictAsync(HttpContext context, string detail, string? pointer)
        => FakeHttp.JsonApiErrorAsync(context, 409, "conflict", detail, pointer);

    /// <summary>400 for a bad query parameter, named in <c>source.parameter</c> as JSON:API asks.</summary>
    public static Task BadParameterAsync(HttpContext context, string parameter, string detail)
    {
        var error = new JsonObject
        {
            ["status"] = "400",
            ["code"] = "invalid_parameter",
            ["title"] = "invalid parameter",
            ["detail"] = detail,
            ["source"] = new JsonObject { ["parameter"] = parameter },
        };
        return FakeHttp.JsonAsync(
            context,
            400,
            new JsonObject { ["errors"] = new JsonArray(error), ["meta"] = new JsonObject { ["request_id"] = FakeHttp.RequestId(context) } },
            "application/vnd.api+json");
    }

    /// <summary>
    /// 403 for a second scope a route needs beyond its <see cref="Auth.RequiredScope"/> (creating a
    /// <c>document/idv</c> needs <c>documents:write</c> and <c>verifications:write</c>); in the pipeline's shape.
    /// </summary>
    public static async Task<bool> RequireAlsoAsync(HttpContext context, FakeState state, string scope)
    {
        if (FakePipeline.ApiKey(context) is { } key && state.Keys.TryGet(key, out var scopes) && !Auth.ApiKeyRegistry.Grants(scopes, scope))
        {
            await FakeHttp.ErrorAsync(context, 403, "forbidden", $"The API key lacks the scope {scope}.", requiredScope: scope).ConfigureAwait(false);
            return false;
        }

        return true;
    }

    public static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
