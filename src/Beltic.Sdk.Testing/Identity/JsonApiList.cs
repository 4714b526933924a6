using System.Text;
using System.Text.Json.Nodes;
using Beltic.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Beltic.Testing.Identity;

/// <summary>
/// One page of a JSON:API list: <c>page[size]</c> (default 15, 1–100), <c>page[after]</c> / <c>page[before]</c>
/// (opaque cursors of a resource's creation order), <c>page[total]=true</c>, the page meta in the list's own style,
/// and <c>links</c> (<c>self</c>, <c>first</c>, <c>next</c>, <c>prev</c>) that repeat the caller's filters.
/// Oldest first, so a cursor stays valid while resources are added.
/// </summary>
internal static class JsonApiList
{
    private const int DefaultSize = 15;
    private const int MaxSize = 100;

    public static async Task WriteAsync(
        HttpContext context, FakeState state, IReadOnlyList<StoredResource> matches, PageMetaStyle style, Func<StoredResource, JsonNode> project)
    {
        var size = DefaultSize;
        if (FakeHttp.Query(context, "page[size]") is { } s && (!int.TryParse(s, out size) || size is < 1 or > MaxSize))
        {
            await JsonApiErrors.BadParameterAsync(context, "page[size]", $"page[size] must be between 1 and {MaxSize}.").ConfigureAwait(false);
            return;
        }

        bool? total = FakeHttp.Query(context, "page[total]") switch { null => null, "true" => true, "false" => false, _ => (bool?)null };
        if (total is null && FakeHttp.Query(context, "page[total]") is not null)
        {
            await JsonApiErrors.BadParameterAsync(context, "page[total]", "page[total] must be true or false.").ConfigureAwait(false);
            return;
        }

        var after = FakeHttp.Query(context, "page[after]");
        var before = FakeHttp.Query(context, "page[before]");
        if (after is not null && before is not null)
        {
            await JsonApiErrors.BadParameterAsync(context, "page[after]", "page[after] and page[before] cannot be combined.").ConfigureAwait(false);
            return;
        }

        var cursor = after ?? before;
        if (cursor is not null && Paging.Position(cursor) is null)
        {
            await JsonApiErrors.BadParameterAsync(context, after is null ? "page[before]" : "page[after]", "The cursor is not one this API issued.").ConfigureAwait(false);
            return;
        }

        var bound = cursor is null ? 0 : Paging.Position(cursor)!.Value;
        var page = after is not null ? matches.Where(r => r.Sequence > bound).Take(size).ToArray()
            : before is not null ? matches.Where(r => r.Sequence < bound).TakeLast(size).ToArray()
            : matches.Take(size).ToArray();

        var hasNext = page.Length > 0 ? matches.Any(r => r.Sequence > page[^1].Sequence) : before is not null && matches.Any(r => r.Sequence >= bound);
        var hasPrevious = page.Length > 0 ? matches.Any(r => r.Sequence < page[0].Sequence) : after is not null && matches.Any(r => r.Sequence <= bound);
        var start = page.Length > 0 ? Cursor(page[0]) : null;
        var end = page.Length > 0 ? Cursor(page[^1]) : null;

        var pageMeta = style == PageMetaStyle.Flags
            ? new JsonObject { ["size"] = size, ["hasNext"] = hasNext, ["hasPrevious"] = hasPrevious }
            : new JsonObject
            {
                ["cursors"] = new JsonObject { ["start"] = start, ["end"] = end },
                ["hasNextPage"] = hasNext,
                ["hasPreviousPage"] = hasPrevious,
            };
        if (total == true)
        {
            pageMeta["total"] = matches.Count;
        }

        var links = new JsonObject { ["self"] = Link(context, state, null, null), ["first"] = Link(context, state, null, null, dropCursors: true) };
        if (hasNext && end is not null)
        {
            links["next"] = Link(context, state, "page[after]", end);
        }

        if (hasPrevious && start is not null)
        {
            links["prev"] = Link(context, state, "page[before]", start);
        }

        var meta = new JsonObject { [style == PageMetaStyle.PageInfo ? "page_info" : "page"] = pageMeta };
        await FakeHttp.JsonApiAsync(context, 200, new JsonArray(page.Select(project).ToArray()), meta, links).ConfigureAwait(false);
    }

    /// <summary>Whether a comma-separated <c>filter[...]</c> value admits <paramref name="value"/> (no filter admits all).</summary>
    public static bool Admits(string? filter, string? value)
        => filter is null || (value is not null && filter.Split(',', StringSplitOptions.TrimEntries).Contains(value, StringComparer.Ordinal));

    private static string Cursor(StoredResource r) => Paging.Cursor(checked((int)r.Sequence));

    /// <summary>The request's own URL with the cursor replaced; brackets percent-encoded (<c>page%5Bafter%5D</c>).</summary>
    private static string Link(HttpContext context, FakeState state, string? cursorName, string? cursor, bool dropCursors = false)
    {
        var query = new StringBuilder();
        foreach (var (name, values) in context.Request.Query)
        {
            if ((cursorName is not null || dropCursors) && name is "page[after]" or "page[before]")
            {
                continue;
            }

            foreach (var value in values)
            {
                Append(query, name, value ?? string.Empty);
            }
        }

        if (cursorName is not null)
        {
            Append(query, cursorName, cursor!);
        }

        var url = state.Url(context.Request.Path.Value ?? "/").AbsoluteUri;
        return query.Length == 0 ? url : $"{url}?{query}";
    }

    private static void Append(StringBuilder query, string name, string value)
        => query.Append(query.Length == 0 ? string.Empty : "&").Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
}
