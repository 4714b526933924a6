using System.Net.Http.Headers;
using Beltic.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Beltic.Testing.Webhooks;

/// <summary>
/// Sends audit-stream and document-webhook deliveries in the background, as Beltic does: never inside the request that
/// caused them. Up to <see cref="MaxAttempts"/> attempts; a non-2xx answer or a connection failure is retried after
/// 0.5 s × 2ⁿ (0.5, 1, 2, 4 s) on the fake's clock, so a test with a FakeTimeProvider advances it and a test on the
/// system clock waits at most 7.5 s. Finished deliveries are recorded for tests to read and wait for.
/// </summary>
internal sealed class FakeDeliverer
{
    public const int MaxAttempts = 5;
    private const string UserAgent = "Beltic-Fake-Webhooks/1.0";
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private readonly FakeState _state;
    private readonly Lazy<HttpClient> _client;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<FakeDelivery> _done = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private int _attached;

    public FakeDeliverer(FakeState state)
    {
        _state = state;
        _client = new Lazy<HttpClient>(() =>
        {
            // The caller's handler (an in-memory test server, a recorder) stays theirs to dispose.
            var client = state.Options.DeliveryHandler is { } handler ? new HttpClient(handler, disposeHandler: false) : new HttpClient();
            client.Timeout = AttemptTimeout;
            return client;
        });
    }

    /// <summary>The deliveries that are over, in the order they finished.</summary>
    public IReadOnlyList<FakeDelivery> Completed
    {
        get
        {
            lock (_done)
            {
                return _done.ToArray();
            }
        }
    }

    /// <summary>The wait before attempt <paramref name="attempt"/> (1-based; the first attempt does not wait).</summary>
    public static TimeSpan Backoff(int attempt) => FirstBackoff * Math.Pow(2, attempt - 2);

    /// <summary>Stops deliveries in flight when the fake stops (once, whichever area attaches first).</summary>
    public void AttachTo(IServiceProvider services)
    {
        if (Interlocked.Exchange(ref _attached, 1) == 0)
        {
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(Stop);
        }
    }

    /// <summary>Starts a delivery in the background; the task ends when it is over (it never faults).</summary>
    public Task<FakeDelivery> Enqueue(DeliveryRequest request) => Task.Run(() => DeliverAsync(request));

    /// <summary>Waits until at least <paramref name="count"/> deliveries are over (real time, not the fake's clock).</summary>
    public async Task<IReadOnlyList<FakeDelivery>> WaitAsync(int count, TimeSpan timeout)
    {
        TaskCompletionSource signal;
        lock (_done)
        {
            if (_done.Count >= count)
            {
                return _done.ToArray();
            }

            signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
        }

        try
        {
            await signal.Task.WaitAsync(timeout).ConfigureAwait(false);
            return Completed;
        }
        catch (TimeoutException)
        {
            lock (_done)
            {
                _waiters.RemoveAll(w => w.Signal == signal);
            }

            var done = Completed;
            throw new TimeoutException(
                $"Expected {count} finished deliveries within {timeout.TotalSeconds:0.###} s; {done.Count} finished"
                + (done.Count == 0 ? "." : ": " + string.Join(", ", done.Select(d => $"{d.EventType} → {d.Url} [{string.Join(",", d.AttemptStatusCodes)}]")) + ".")
                + " Retries wait on the fake's clock: with a FakeTimeProvider, advance it.");
        }
    }

    private async Task<FakeDelivery> DeliverAsync(DeliveryRequest request)
    {
        var statuses = new List<int>(MaxAttempts);
        IReadOnlyDictionary<string, string> headers = new Dictionary<string, string>();
        string? error = null;
        var startedAt = _state.Now;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, request.TargetDeleted);
        try
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                if (attempt > 1)
                {
                    await Task.Delay(Backoff(attempt), _state.Time, cancel.Token).ConfigureAwait(false);
                }

                headers = Headers(request);
                (var status, error) = await AttemptAsync(request, headers, cancel.Token).ConfigureAwait(false);
                statuses.Add(status);
                if (error is null)
                {
                    break;
                }
            }
        }
        catch (Exception) when (cancel.IsCancellationRequested)
        {
            // Stopping or deletion: whatever the cancelled send or wait threw (cancelled, disposed client) ends the retries.
            error = request.TargetDeleted.IsCancellationRequested ? "The stream or webhook was deleted; retries stopped." : "The fake stopped; retries stopped.";
        }

        var delivery = new FakeDelivery
        {
            Id = _state.NewId("dlv"),
            Kind = request.Kind,
            TargetId = request.TargetId,
            EventType = request.EventType,
            Url = request.Url,
            Headers = headers,
            Body = System.Text.Encoding.UTF8.GetString(request.Body),
            AttemptStatusCodes = statuses,
            Succeeded = error is null && statuses.Count > 0,
            Error = error,
            StartedAt = startedAt,
            CompletedAt = _state.Now,
        };
        Record(delivery);
        return delivery;
    }

    private static Dictionary<string, string> Headers(DeliveryRequest request)
        => new(request.Sign(request.Body), StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/json",
            ["User-Agent"] = UserAgent,
        };

    // One POST: (status, null) on 2xx, (status or 0, why) otherwise. Only what follows our own cancellation escapes.
    private async Task<(int Status, string? Error)> AttemptAsync(DeliveryRequest request, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Url) { Content = new ByteArrayContent(request.Body) };
        foreach (var (name, value) in headers)
        {
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        try
        {
            using var response = await _client.Value.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (status, null) : (status, $"The endpoint answered {status}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, $"No answer within {AttemptTimeout.TotalSeconds:0} s.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A connection failure, or whatever an in-memory receiver threw: for the sender, no answer.
            return (0, $"No answer: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private void Record(FakeDelivery delivery)
    {
        var ready = new List<TaskCompletionSource>();
        lock (_done)
        {
            _done.Add(delivery);
            foreach (var waiter in _waiters.Where(w => _done.Count >= w.Count).ToArray())
            {
                _waiters.Remove(waiter);
                ready.Add(waiter.Signal);
            }
        }

        foreach (var signal in ready)
        {
            signal.TrySetResult();
        }
    }

    private void Stop()
    {
        _stopping.Cancel();
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }
}
