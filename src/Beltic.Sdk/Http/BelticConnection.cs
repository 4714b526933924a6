using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;

namespace Beltic.Http;

/// <summary>
/// What every area client of one configured <see cref="BelticClient"/> shares: its options, the HttpClient factory
/// and the four pipelines. Refit stubs (and the HttpClient under them) are reused for at most two minutes — the
/// factory's handler lifetime — so calls do not pay for a new client each time and handler rotation still works.
/// Knows no area: each area brings its own Refit interface and <see cref="Serialization.AreaSerializer"/>.
/// </summary>
internal sealed class BelticConnection(string name, IHttpClientFactory factory, IOptionsMonitor<BelticClientOptions> options, TimeProvider timeProvider)
{
    /// <summary>The connection of the client registered as <paramref name="clientName"/> in <paramref name="services"/>.</summary>
    public static BelticConnection Create(IServiceProvider services, string clientName) => new(
        clientName,
        services.GetRequiredService<IHttpClientFactory>(),
        services.GetRequiredService<IOptionsMonitor<BelticClientOptions>>(),
        services.GetRequiredService<TimeProvider>());

    /// <summary>The configured client's name (empty for the default client).</summary>
    public string Name => name;

    public BelticClientOptions Options => options.Get(name);

    public TimeProvider TimeProvider => timeProvider;

    /// <summary>A Refit stub on one of the pipelines (<see cref="BelticPipeline.Api"/> carries the API key; the others never do).</summary>
    public T Rest<T>(BelticPipeline pipeline, RefitSettings settings)
        where T : class
    {
        var key = (typeof(T), pipeline);
        var now = Environment.TickCount64;
        if (_stubs.TryGetValue(key, out var stub) && now - stub.CreatedAt < StubLifetimeMs)
        {
            return (T)stub.Instance;
        }

        var instance = RestService.ForGenerated<T>(factory.CreateClient(BelticHttpClientNames.For(pipeline, name)), settings);
        _stubs[key] = new Stub(instance, now);
        return instance;
    }

    // The default handler lifetime of IHttpClientFactory: a stub is rebuilt on a fresh client at least this often.
    private const long StubLifetimeMs = 2 * 60 * 1000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Type Interface, BelticPipeline Pipeline), Stub> _stubs = new();

    private sealed record Stub(object Instance, long CreatedAt);

    /// <summary>The client for presigned third-party uploads: retries and logging, but never the API key.</summary>
    public HttpClient UploadClient() => factory.CreateClient(BelticHttpClientNames.For(BelticPipeline.Upload, name));

    /// <summary>Awaits a Refit call and turns every failure into the SDK's typed exceptions.</summary>
    public async Task<T> SendAsync<T>(Task<IApiResponse<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        IApiResponse<T> response;
        try
        {
            response = await call.ConfigureAwait(false);
        }
        catch (Exception ex) when (TryMapTransport(ex, cancellationToken) is { } mapped)
        {
            throw mapped;
        }

        using (response)
        {
            ThrowIfFailed(response);
            var content = response.Content
                ?? throw new BelticException($"Beltic API returned {(int?)response.StatusCode} with an empty body where a {typeof(T).Name} was expected.");
            if (content is BelticObject model)
            {
                model.RawResponse = ToRawResponse(response);
            }

            return content;
        }
    }

    /// <summary>Sends a call whose body is read as text, returning the text and the response facts.</summary>
    public async Task<(string Body, BelticResponse Response)> SendForTextAsync(Task<IApiResponse<string>> call, CancellationToken cancellationToken)
    {
        IApiResponse<string> response;
        try
        {
            response = await call.ConfigureAwait(false);
        }
        catch (Exception ex) when (TryMapTransport(ex, cancellationToken) is { } mapped)
        {
            throw mapped;
        }

        using (response)
        {
            ThrowIfFailed(response);
            return (response.Content ?? string.Empty, ToRawResponse(response));
        }
    }

    /// <summary>Same as <see cref="SendAsync{T}"/> for calls whose body is ignored.</summary>
    public async Task<BelticResponse> SendAsync(Task<IApiResponse> call, CancellationToken cancellationToken)
    {
        IApiResponse response;
        try
        {
            response = await call.ConfigureAwait(false);
        }
        catch (Exception ex) when (TryMapTransport(ex, cancellationToken) is { } mapped)
        {
            throw mapped;
        }

        using (response)
        {
            ThrowIfFailed(response);
            return ToRawResponse(response);
        }
    }

    private void ThrowIfFailed(IApiResponse response)
    {
        if (response.Error is ApiRequestException requestError)
        {
            throw TryMapTransport(requestError, CancellationToken.None) ?? requestError;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw BelticErrorParser.Create(response.StatusCode ?? 0, (response.Error as ApiException)?.Content, response.Headers, timeProvider.GetUtcNow(), response.RequestMessage);
        }

        if (response.Error is { } other)
        {
            throw new BelticException(
                $"Beltic API returned {(int?)response.StatusCode} but the body could not be read: {other.InnerException?.Message ?? other.Message}", other);
        }
    }

    internal static Exception? TryMapTransport(Exception ex, CancellationToken cancellationToken)
    {
        var root = ex is ApiRequestException { InnerException: { } inner } ? inner : ex;
        return root switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => root,
            InvalidOperationException or ArgumentException => root,
            TimeoutException t => new BelticTransportException($"The Beltic request timed out: {t.Message}", isTimeout: true, t),
            ClientRateLimitRejection r => ClientRateLimitExceeded(r),
            HttpRequestException h => new BelticTransportException($"The Beltic API could not be reached: {h.Message}", isTimeout: false, h),
            TaskCanceledException c => new BelticTransportException("The Beltic request timed out.", isTimeout: true, c),
            _ when ex is ApiRequestException => new BelticTransportException($"The Beltic request failed before a response arrived: {root.Message}", isTimeout: false, root),
            _ => null,
        };
    }

    /// <summary>The client-side limiter's queue was full: the same typed exception a 429 gives, marked as client-side.</summary>
    private static BelticRateLimitException ClientRateLimitExceeded(ClientRateLimitRejection rejected)
        => new(new BelticErrorDetails(
            (HttpStatusCode)429,
            "client_rate_limited",
            "The client-side rate limiter's queue for this API key is full (BelticClientOptions.RateLimitQueueLimit); nothing was sent. Retry later or raise the limit.",
            requestId: null,
            rawBody: string.Empty) { RetryAfter = rejected.RetryAfter });

    internal static BelticResponse ToRawResponse(IApiResponse response)
    {
        // NonValidated reads the stored value without parsing or allocating a value collection.
        var requestId = response.Headers is { } headers && headers.NonValidated.TryGetValues("X-Request-Id", out var ids) && ids.Count > 0 ? FirstOf(ids) : null;
        var key = response.RequestMessage?.Headers.NonValidated.TryGetValues(IdempotencyHandler.HeaderName, out var keys) == true && keys.Count > 0 ? FirstOf(keys) : null;
        return new BelticResponse(response.StatusCode ?? HttpStatusCode.OK, response.Headers, response.ContentHeaders, requestId, key);
    }

    private static string? FirstOf(System.Net.Http.Headers.HeaderStringValues values)
    {
        foreach (var value in values)
        {
            return value;
        }

        return null;
    }

}
