using System.Text.Json;

namespace Beltic.Serialization.JsonApi;

/// <summary>Paging facts of one list response.</summary>
internal readonly record struct PageInfo(bool HasNext, bool HasPrevious, string? NextCursor, string? PreviousCursor, long? Total);

/// <summary>
/// The one tolerant reader for the page meta shapes Beltic's lists use: <c>meta.page</c> with <c>hasNextPage</c> or
/// <c>hasNext</c> (and <c>cursors.start/end</c>), <c>meta.page_info</c>, snake_case variants, and <c>links.next</c> /
/// <c>links.prev</c> carrying <c>page[after]</c> / <c>page[before]</c>. An explicit flag wins over the presence of a link;
/// a cursor in a link wins over <c>cursors.end</c>.
/// </summary>
internal static class PageMetaReader
{
    public static PageInfo Read(JsonElement meta, JsonElement links)
    {
        var page = FirstObject(meta, "page", "page_info", "pageInfo", "pagination");
        var cursors = FirstObject(page, "cursors");

        var nextLink = Link(links, "next");
        var prevLink = Link(links, "prev") ?? Link(links, "previous");

        var hasNext = Flag(page, "hasNextPage", "hasNext", "has_next_page", "has_next", "has_more") ?? nextLink is not null;
        var hasPrevious = Flag(page, "hasPreviousPage", "hasPrevious", "has_previous_page", "has_previous", "has_prev") ?? prevLink is not null;

        var next = hasNext
            ? QueryValue(nextLink, "page[after]") ?? Str(cursors, "end") ?? Str(page, "end_cursor", "endCursor", "next_cursor")
            : null;
        var previous = hasPrevious
            ? QueryValue(prevLink, "page[before]") ?? Str(cursors, "start") ?? Str(page, "start_cursor", "startCursor", "prev_cursor")
            : null;

        var total = Long(page, "total", "total_count", "totalCount") ?? Long(meta, "total", "total_count");
        return new PageInfo(hasNext, hasPrevious, next, previous, total);
    }

    /// <summary>The decoded value of a query parameter in an absolute or relative URL (<c>page%5Bafter%5D</c> included).</summary>
    internal static string? QueryValue(string? url, string name)
    {
        var q = url?.IndexOf('?', StringComparison.Ordinal) ?? -1;
        if (q < 0)
        {
            return null;
        }

        var query = url!.AsSpan(q + 1);
        var hash = query.IndexOf('#');
        if (hash >= 0)
        {
            query = query[..hash];
        }

        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            var eq = pair.IndexOf('=');
            var key = Decode(eq < 0 ? pair : pair[..eq]);
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                var value = eq < 0 ? string.Empty : Decode(pair[(eq + 1)..]);
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    private static string Decode(ReadOnlySpan<char> s) => Uri.UnescapeDataString(s.ToString().Replace('+', ' '));

    private static string? Link(JsonElement links, string name)
    {
        if (links.ValueKind != JsonValueKind.Object || !links.TryGetProperty(name, out var link))
        {
            return null;
        }

        // A link is a string or a link object { "href": ... }.
        var href = link.ValueKind switch
        {
            JsonValueKind.String => link.GetString(),
            JsonValueKind.Object => Str(link, "href"),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(href) ? null : href;
    }

    private static JsonElement FirstObject(JsonElement obj, params ReadOnlySpan<string> names)
        => First(obj, names, static v => v.ValueKind == JsonValueKind.Object);

    private static bool? Flag(JsonElement obj, params ReadOnlySpan<string> names)
        => First(obj, names, static v => v.ValueKind is JsonValueKind.True or JsonValueKind.False) is { ValueKind: not JsonValueKind.Undefined } v
            ? v.GetBoolean()
            : null;

    private static string? Str(JsonElement obj, params ReadOnlySpan<string> names)
        => First(obj, names, static v => v.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(v.GetString())) is { ValueKind: JsonValueKind.String } v
            ? v.GetString()
            : null;

    private static long? Long(JsonElement obj, params ReadOnlySpan<string> names)
        => First(obj, names, static v => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _)) is { ValueKind: JsonValueKind.Number } v
            ? v.GetInt64()
            : null;

    /// <summary>The first member of <paramref name="obj"/>, in the order of <paramref name="names"/>, whose value is accepted; Undefined when none is.</summary>
    private static JsonElement First(JsonElement obj, ReadOnlySpan<string> names, Func<JsonElement, bool> accept)
    {
        if (obj.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in names)
            {
                if (obj.TryGetProperty(name, out var v) && accept(v))
                {
                    return v;
                }
            }
        }

        return default;
    }
}
