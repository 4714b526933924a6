using Beltic.Http;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;
using Refit;

namespace Beltic;

/// <summary>
/// Base of the area clients (<c>Credentials</c>, <c>Identity.Accounts</c>, …): they share the connection of the
/// <see cref="BelticClient"/> that created them and bring their own serializer. Derive from an area client only to
/// mock it.
/// </summary>
/// <remarks>
/// The one way an area makes a call: build a <see cref="BelticCall"/> with <see cref="Call"/> (validates the per-call
/// options), get the area's Refit stub with <see cref="Rest{T}"/>, and send with <see cref="SendAsync{T}"/> (plain
/// JSON) or <see cref="SendResourceAsync{T}"/> (JSON:API). Lists return one page, or a <see cref="BelticPageable{T}"/>
/// from <see cref="Pageable{T}"/> (<see cref="ResourcePageAsync{T}"/> / <see cref="ResourcePageable{T}"/> for JSON:API).
/// </remarks>
public abstract class BelticAreaClient
{
    private readonly BelticConnection? _connection;
    private readonly AreaSerializer? _serializer;

    private protected BelticAreaClient(BelticConnection connection, AreaSerializer serializer)
    {
        _connection = connection;
        _serializer = serializer;
    }

    /// <summary>For mocking: a client without a connection; members you do not override throw.</summary>
    protected BelticAreaClient()
    {
    }

    private protected BelticConnection Connection => _connection
        ?? throw new InvalidOperationException($"This {GetType().Name} was created for mocking and has no connection.");

    private protected AreaSerializer Serializer => _serializer
        ?? throw new InvalidOperationException($"This {GetType().Name} was created for mocking and has no connection.");

    /// <summary>
    /// The per-call context of one operation (e.g. <c>credentials.issue</c>); throws before sending when the options are
    /// bad. A long operation passes its least attempt time; an operation in its own rate-limit tier passes the tier.
    /// </summary>
    private protected static BelticCall Call(string operation, RequestOptions? requestOptions, TimeSpan? attemptTimeout = null, RateLimitTier? tier = null)
        => BelticCall.Create(operation, requestOptions, attemptTimeout, tier);

    /// <summary>The area's Refit stub on a pipeline: <see cref="BelticPipeline.Api"/> (with the API key) unless the route is public.</summary>
    private protected T Rest<T>(BelticPipeline pipeline = BelticPipeline.Api)
        where T : class
        => Connection.Rest<T>(pipeline, Serializer.RefitSettings);

    /// <summary>Sends a call and returns its body model (with its raw response), or throws the typed exception.</summary>
    private protected Task<T> SendAsync<T>(Task<IApiResponse<T>> call, CancellationToken cancellationToken)
        where T : class
        => Connection.SendAsync(call, cancellationToken);

    /// <summary>Sends a call whose body is not read.</summary>
    private protected Task<BelticResponse> SendAsync(Task<IApiResponse> call, CancellationToken cancellationToken)
        => Connection.SendAsync(call, cancellationToken);

    /// <summary>Sends a call whose body is kept as text (documents the caller may want byte-exact, e.g. a JWKS).</summary>
    private protected Task<(string Body, BelticResponse Response)> SendForTextAsync(Task<IApiResponse<string>> call, CancellationToken cancellationToken)
        => Connection.SendForTextAsync(call, cancellationToken);

    /// <summary>Sends a JSON:API call whose <c>data</c> is one resource.</summary>
    private protected async Task<T> SendResourceAsync<T>(Task<IApiResponse<JsonApiDocument>> call, CancellationToken cancellationToken)
        where T : BelticResource, IJsonApiResource<T>
        => ReadResource<T>(await Connection.SendAsync(call, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads a JSON:API document whose <c>data</c> is one resource, with the area's included types.</summary>
    private protected T ReadResource<T>(JsonApiDocument document)
        where T : BelticResource, IJsonApiResource<T>
        => JsonApiMapper.ReadSingle<T>(document, Serializer.Included);

    /// <summary>
    /// One page of a JSON:API list: validates the paging options, then sends <paramref name="send"/> with the page
    /// parameters (resuming after <paramref name="continuationToken"/> when given).
    /// </summary>
    private protected async Task<BelticPage<T>> ResourcePageAsync<T>(
        string operation, ListOptions options, string? continuationToken, RequestOptions? requestOptions, ListCall send, CancellationToken cancellationToken)
        where T : BelticResource, IJsonApiResource<T>
    {
        options.Validate();
        var call = Call(operation, requestOptions);
        var page = options.PageQuery(continuationToken);
        var document = await Connection.SendAsync(send(page, call, cancellationToken), cancellationToken).ConfigureAwait(false);
        return JsonApiMapper.ReadPage<T>(document, Serializer.Included);
    }

    /// <summary>Every item of a JSON:API list, page by page (the options are checked now, before anything is sent).</summary>
    private protected BelticPageable<T> ResourcePageable<T>(
        string operation, ListOptions options, RequestOptions? requestOptions, ListCall send, CancellationToken cancellationToken)
        where T : BelticResource, IJsonApiResource<T>
    {
        options.Validate();
        requestOptions?.Validate();
        return Pageable<T>((token, ct) => ResourcePageAsync<T>(operation, options, token, requestOptions, send, ct), cancellationToken);
    }

    /// <summary>
    /// The pager over a list: <paramref name="fetchPage"/> gets a continuation token (null: where the caller's options
    /// start) and returns that page.
    /// </summary>
    private protected static BelticPageable<T> Pageable<T>(Func<string?, CancellationToken, Task<BelticPage<T>>> fetchPage, CancellationToken cancellationToken)
        => new(fetchPage, cancellationToken);

    /// <summary>Sends one list request of a JSON:API area.</summary>
    private protected delegate Task<IApiResponse<JsonApiDocument>> ListCall(JsonApiPageQuery page, BelticCall call, CancellationToken cancellationToken);
}
