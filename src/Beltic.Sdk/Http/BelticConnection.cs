using System.Net;
using Beltic.Serialization;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using Refit;

namespace Beltic.Http;

/// <summary>
/// What every area client shares: the HttpClient factory, Refit settings and options. A fresh HttpClient is taken
/// from the factory per call (so handler rotation keeps working); the Refit stub over it is allocation-cheap.
/// </summary>
internal sealed class BelticConnection(IHttpClientFactory factory, IOptionsMonitor<BelticClientOptions> options, TimeProvider timeProvider)
{
    public static readonly RefitSettings RefitSettings = new(SystemTextJsonContentSerializer.ForContext(BelticJsonContext.Default))
    {
        RequestBodySerialization = RequestBodySerializationMode.Buffered,
    };

    public BelticClientOptions Options => options.CurrentValue;

    public TimeProvider TimeProvider => timeProvider;

    public T Api<T>() => RestService.ForGenerated<T>(factory.CreateClient(BelticHttpClientNames.Api), RefitSettings);

    public T WellKnownApi<T>() => RestService.ForGenerated<T>(factory.CreateClient(BelticHttpClientNames.WellKnown), RefitSettings);

    /// <summary>The client for presigned third-party uploads: retries and logging, but never the API key.</summary>
    public HttpClient UploadClient() => factory.CreateClient(BelticHttpClientNames.Upload);

    /// <summary>Fails before anything is sent when the endpoint needs a key and none is configured.</summary>
    public void EnsureApiKey(string operation)
    {
        if (string.IsNullOrEmpty(Options.ApiKey))
        {
            throw new InvalidOperationException(
                $"{operation} needs an API key, but BelticClientOptions.ApiKey is not set (configuration key 'Beltic:ApiKey'). Only the public endpoints (WellKnown, Credentials.PublicVerifyAsync) work without one.");
        }
    }

    /// <summary>Awaits a Refit call and turns every failure into the SDK's typed exceptions.</summary>
    public async Task<T> SendAsync<T>(Func<Task<IApiResponse<T>>> call, CancellationToken cancellationToken)
        where T : class
    {
        var response = await InvokeAsync(call, cancellationToken).ConfigureAwait(false);
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
    public async Task<(string Body, BelticResponse Response)> SendForTextAsync(Func<Task<IApiResponse<string>>> call, CancellationToken cancellationToken)
    {
        var response = await InvokeAsync(call, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            ThrowIfFailed(response);
            return (response.Content ?? string.Empty, ToRawResponse(response));
        }
    }

    /// <summary>Same as <see cref="SendAsync{T}"/> for calls whose body is ignored.</summary>
    public async Task<BelticResponse> SendAsync(Func<Task<IApiResponse>> call, CancellationToken cancellationToken)
    {
        var response = await InvokeAsync(call, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            ThrowIfFailed(response);
            return ToRawResponse(response);
        }
    }

    private async Task<TResponse> InvokeAsync<TResponse>(Func<Task<TResponse>> call, CancellationToken cancellationToken)
        where TResponse : IApiResponse
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (TryMapTransport(ex, cancellationToken) is { } mapped)
        {
            throw mapped;
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
            TimeoutRejectedException t => new BelticTransportException($"The Beltic request timed out: {t.Message}", isTimeout: true, t),
            HttpRequestException h => new BelticTransportException($"The Beltic API could not be reached: {h.Message}", isTimeout: false, h),
            TaskCanceledException c => new BelticTransportException("The Beltic request timed out.", isTimeout: true, c),
            _ when ex is ApiRequestException => new BelticTransportException($"The Beltic request failed before a response arrived: {root.Message}", isTimeout: false, root),
            _ => null,
        };
    }

    internal static BelticResponse ToRawResponse(IApiResponse response)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in response.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
        {
            headers[h.Key] = h.Value.ToArray();
        }

        if (response.ContentHeaders is not null)
        {
            foreach (var h in response.ContentHeaders)
            {
                headers[h.Key] = h.Value.ToArray();
            }
        }

        string? key = null;
        if (response.RequestMessage?.Headers.TryGetValues(IdempotencyHandler.HeaderName, out var keys) == true)
        {
            key = keys.FirstOrDefault();
        }

        return new BelticResponse(response.StatusCode ?? HttpStatusCode.OK, headers, key);
    }
}
