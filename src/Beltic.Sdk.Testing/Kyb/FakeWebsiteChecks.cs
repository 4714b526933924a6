using System.Text.Json.Nodes;
using Beltic.Testing.Auth;
using Beltic.Testing.Hosting;
using Beltic.Testing.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Beltic.Testing.Kyb;

/// <summary>
/// Website checks: only <c>POST /v1/website-checks</c> is documented (§11 decision 10), with a <c>url</c>; the answer's
/// shape is not. The fake answers a completed <c>website-check</c> resource echoing what was sent, plus
/// <c>domain</c>, <c>uses_https</c> and <c>is_reachable</c> (false for hosts under <c>.invalid</c>, RFC 2606).
/// </summary>
internal sealed class FakeWebsiteChecks(IdentityData data) : IFakeArea
{
    public void Map(IEndpointRouteBuilder routes)
        => routes.MapPost("/v1/website-checks", CreateAsync).WithMetadata(new RequiredScope(IdentityScopes.WebsiteChecksWrite));

    private async Task CreateAsync(HttpContext context)
    {
        if (await JsonApiBody.ReadAsync(context, "website-check").ConfigureAwait(false) is not { } body)
        {
            return;
        }

        if (!Uri.TryCreate(StoredResource.Text(body.Attributes, "url"), UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            await JsonApiErrors.InvalidAsync(context, "/data/attributes/url", "url must be an absolute http(s) URL.").ConfigureAwait(false);
            return;
        }

        var check = data.WebsiteChecks.New("website-check");
        foreach (var (name, value) in body.Attributes)
        {
            check.Attributes[name] = value?.DeepClone();
        }

        check.Attributes["status"] = "completed";
        check.Attributes["domain"] = url.Host;
        check.Attributes["uses_https"] = url.Scheme == Uri.UriSchemeHttps;
        check.Attributes["is_reachable"] = !url.Host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase);
        check.Attributes["created_at"] = data.Now;
        check.Attributes["completed_at"] = data.Now;
        data.WebsiteChecks.Add(check);
        await FakeHttp.JsonApiAsync(context, 201, data.WebsiteChecks.Json(check)).ConfigureAwait(false);
    }
}
