using System.Runtime.CompilerServices;
using Beltic.Http;
using Refit;

namespace Beltic.Serialization.JsonApi;

/// <summary>Sends a JSON:API call through the shared pipeline and maps the answer; plus the auto-pager for resource lists.</summary>
internal static class JsonApiCalls
{
    public static async Task<T> OneAsync<T>(this BelticConnection connection, string operation, Func<Task<IApiResponse<JsonApiDocument>>> call, CancellationToken cancellationToken)
        where T : BelticResource, IJsonApiResource<T>
    {
        connection.EnsureApiKey(operation);
        var document = await connection.SendAsync(call, cancellationToken).ConfigureAwait(false);
        return JsonApiMapper.ReadSingle<T>(document);
    }

    public static async Task<ResourcePage<T>> PageAsync<T>(this BelticConnection connection, string operation, ListOptions options, Func<Task<IApiResponse<JsonApiDocument>>> call, CancellationToken cancellationToken)
        where T : BelticResource, IJsonApiResource<T>
    {
        options.Validate();
        connection.EnsureApiKey(operation);
        var document = await connection.SendAsync(call, cancellationToken).ConfigureAwait(false);
        return JsonApiMapper.ReadPage<T>(document);
    }

    /// <summary>
    /// Yields every resource across pages, following each page's next cursor (from <c>links.next</c>'s
    /// <c>page[after]</c>, or <c>meta.page.cursors.end</c>). Works on copies of <paramref name="options"/>. A page that
    /// claims a successor but gives no new cursor is an error, not a silent stop.
    /// </summary>
    public static async IAsyncEnumerable<T> AutoPageAsync<T, TOptions>(
        TOptions options,
        Func<TOptions, CancellationToken, Task<ResourcePage<T>>> fetch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : BelticResource
        where TOptions : ListOptions
    {
        var current = (TOptions)options.With(options.After, options.Before);
        while (true)
        {
            var page = await fetch(current, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }

            if (!page.HasNextPage)
            {
                yield break;
            }

            if (string.IsNullOrEmpty(page.NextCursor) || page.NextCursor == current.After)
            {
                throw new BelticException(
                    "The API said another page follows but gave no new cursor (neither links.next with page[after] nor meta cursors); stopping instead of repeating a page.");
            }

            current = (TOptions)current.With(page.NextCursor, before: null);
        }
    }
}
