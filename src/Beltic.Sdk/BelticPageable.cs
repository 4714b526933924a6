using System.Runtime.CompilerServices;

namespace Beltic;

/// <summary>
/// Every item of a list, across pages, fetched lazily as you enumerate: <c>await foreach (var item in pageable)</c>,
/// or <see cref="AsPages"/> for the pages themselves (with their continuation token and raw response). The one pager
/// behind every <c>ListAutoPagingAsync</c>; it never mutates the caller's list options.
/// </summary>
/// <typeparam name="T">The item model.</typeparam>
public class BelticPageable<T> : IAsyncEnumerable<T>
{
    private readonly Func<string?, CancellationToken, Task<BelticPage<T>>>? _fetch;
    private readonly CancellationToken _cancellationToken;

    internal BelticPageable(Func<string?, CancellationToken, Task<BelticPage<T>>> fetch, CancellationToken cancellationToken)
    {
        _fetch = fetch;
        _cancellationToken = cancellationToken;
    }

    /// <summary>For mocking: override <see cref="AsPages"/>, or use <see cref="FromPages"/>.</summary>
    protected BelticPageable()
    {
    }

    /// <summary>A pageable over fixed pages, for tests that mock a client.</summary>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>The pageable.</returns>
    public static BelticPageable<T> FromPages(IEnumerable<BelticPage<T>> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var list = pages.ToArray();
        return new BelticPageable<T>((token, _) => Task.FromResult(list[token is null ? 0 : int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] with
        {
            ContinuationToken = Next(list, token),
            HasMore = Next(list, token) is not null,
        }), CancellationToken.None);
    }

    /// <summary>
    /// The pages, fetched one at a time as you enumerate. A page that says more follow but gives no new continuation
    /// token is an error (<see cref="BelticException"/>), never a silent stop or an endless loop.
    /// </summary>
    /// <param name="continuationToken">Where to resume (a page's <see cref="BelticPage{T}.ContinuationToken"/>); null starts where the list options say.</param>
    /// <param name="cancellationToken">Cancels enumeration.</param>
    /// <returns>The pages.</returns>
    public virtual async IAsyncEnumerable<BelticPage<T>> AsPages(string? continuationToken = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var fetch = _fetch ?? throw new InvalidOperationException($"This {GetType().Name} was created for mocking; override AsPages.");
        using var linked = Link(cancellationToken, out var token);
        var current = continuationToken;
        while (true)
        {
            token.ThrowIfCancellationRequested();
            var page = await fetch(current, token).ConfigureAwait(false);
            yield return page;
            if (!page.HasMore)
            {
                yield break;
            }

            if (string.IsNullOrEmpty(page.ContinuationToken) || page.ContinuationToken == current)
            {
                throw new BelticException(
                    "The API said another page follows but gave no new cursor; stopping instead of repeating a page.");
            }

            current = page.ContinuationToken;
        }
    }

    /// <summary>Enumerates every item across pages.</summary>
    /// <param name="cancellationToken">Cancels enumeration (together with the token the list method was given).</param>
    /// <returns>The enumerator.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    private CancellationTokenSource? Link(CancellationToken enumeration, out CancellationToken token)
    {
        if (!enumeration.CanBeCanceled || enumeration == _cancellationToken)
        {
            token = _cancellationToken;
            return null;
        }

        if (!_cancellationToken.CanBeCanceled)
        {
            token = enumeration;
            return null;
        }

        var source = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, enumeration);
        token = source.Token;
        return source;
    }

    private static string? Next(BelticPage<T>[] pages, string? token)
    {
        var next = (token is null ? 0 : int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)) + 1;
        return next < pages.Length ? next.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
