using System.Globalization;
using System.Text;

namespace Beltic.Testing.Hosting;

/// <summary>Opaque cursors (base64 of a position), as Beltic's are, and page slicing.</summary>
internal static class Paging
{
    public static string Cursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"offset\":" + position.ToString(CultureInfo.InvariantCulture) + "}"));

    /// <summary>The position a cursor encodes; null when it is not one of ours.</summary>
    public static int? Position(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            const string prefix = "{\"offset\":";
            return text.StartsWith(prefix, StringComparison.Ordinal) && text.EndsWith('}')
                && int.TryParse(text.AsSpan(prefix.Length, text.Length - prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var p)
                ? p
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>One page of <paramref name="items"/> from <paramref name="position"/>, and the next position when more follow.</summary>
    public static (IReadOnlyList<T> Page, int? Next) Slice<T>(IReadOnlyList<T> items, int position, int size)
    {
        var page = items.Skip(position).Take(size).ToArray();
        var next = position + page.Length;
        return (page, next < items.Count ? next : null);
    }
}
