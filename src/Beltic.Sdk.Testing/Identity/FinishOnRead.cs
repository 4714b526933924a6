using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Identity;

/// <summary>
/// Get and list for resources that finish on their first read (async business lookups, screenings, generic
/// documents): the read is what a poller does, so that is when the fake completes the work.
/// </summary>
internal static class FinishOnRead
{
    public static async Task GetAsync(HttpContext context, ResourceStore store, string what, Action<StoredResource> finish)
    {
        if (store.Find((string)context.Request.RouteValues["id"]!) is not { } resource)
        {
            await JsonApiErrors.NotFoundAsync(context, what).ConfigureAwait(false);
            return;
        }

        finish(resource);
        await FakeHttp.JsonApiAsync(context, 200, store.Json(resource)).ConfigureAwait(false);
    }

    public static Task ListAsync(HttpContext context, FakeState state, ResourceStore store, PageMetaStyle style, Action<StoredResource> finish)
    {
        var all = store.Snapshot();
        foreach (var resource in all)
        {
            finish(resource);
        }

        return JsonApiList.WriteAsync(context, state, all, style, store.Json);
    }
}
