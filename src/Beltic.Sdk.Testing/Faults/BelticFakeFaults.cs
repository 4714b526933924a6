using System.Collections.Concurrent;

namespace Beltic.Testing;

/// <summary>
/// Faults for resilience tests: "the next N calls to this route answer 429 with Retry-After S", 503, a dropped
/// connection, a slow answer. Routes are matched by method and either the exact path or the route template
/// (<c>/v1/credentials/{id}/revoke</c>); faults on one route are used up in the order they were added.
/// </summary>
public sealed class BelticFakeFaults
{
    private readonly ConcurrentQueue<Fault> _faults = new();

    internal BelticFakeFaults()
    {
    }

    /// <summary>The next <paramref name="count"/> matching calls answer <paramref name="status"/> (e.g. 429 or 503).</summary>
    /// <param name="method">The method, e.g. <c>POST</c>.</param>
    /// <param name="route">The exact path or the route template.</param>
    /// <param name="status">The status to answer.</param>
    /// <param name="count">How many calls.</param>
    /// <param name="retryAfter">A <c>Retry-After</c> to send, in whole seconds.</param>
    /// <returns>This object.</returns>
    public BelticFakeFaults Respond(string method, string route, int status, int count = 1, TimeSpan? retryAfter = null)
        => Add(new Fault(method, route, FaultKind.Status, count) { Status = status, RetryAfter = retryAfter });

    /// <summary>The next <paramref name="count"/> matching calls lose their connection, before or after the server acted.</summary>
    /// <param name="method">The method.</param>
    /// <param name="route">The exact path or the route template.</param>
    /// <param name="count">How many calls.</param>
    /// <param name="afterProcessing">Whether the server acts first (an issued credential exists, the client never hears of it).</param>
    /// <returns>This object.</returns>
    public BelticFakeFaults DropConnection(string method, string route, int count = 1, bool afterProcessing = false)
        => Add(new Fault(method, route, afterProcessing ? FaultKind.DropAfterProcessing : FaultKind.DropBeforeProcessing, count));

    /// <summary>The next <paramref name="count"/> matching calls are answered after <paramref name="delay"/> (fake clock).</summary>
    /// <param name="method">The method.</param>
    /// <param name="route">The exact path or the route template.</param>
    /// <param name="delay">How long to wait.</param>
    /// <param name="count">How many calls.</param>
    /// <returns>This object.</returns>
    public BelticFakeFaults Delay(string method, string route, TimeSpan delay, int count = 1)
        => Add(new Fault(method, route, FaultKind.Delay, count) { Wait = delay });

    /// <summary>How many injected faults are still waiting for a call.</summary>
    public int Pending => _faults.Sum(f => Math.Max(0, f.Remaining));

    /// <summary>Removes every pending fault.</summary>
    public void Clear() => _faults.Clear();

    /// <summary>Takes one use of the first fault matching the call, if any.</summary>
    internal Fault? Take(string method, string path, string? template)
    {
        foreach (var fault in _faults)
        {
            if (fault.Matches(method, path, template) && fault.TryUse())
            {
                return fault;
            }
        }

        return null;
    }

    private BelticFakeFaults Add(Fault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.Remaining, 1, "count");
        _faults.Enqueue(fault);
        return this;
    }

    internal sealed class Fault(string method, string route, FaultKind kind, int count)
    {
        private int _remaining = count;

        public FaultKind Kind { get; } = kind;

        public int Status { get; init; }

        public TimeSpan? RetryAfter { get; init; }

        public TimeSpan Wait { get; init; }

        public int Remaining => _remaining;

        public bool Matches(string m, string path, string? template)
            => string.Equals(method, m, StringComparison.OrdinalIgnoreCase) && (route == path || route == template);

        public bool TryUse() => Interlocked.Decrement(ref _remaining) >= 0;
    }
}
