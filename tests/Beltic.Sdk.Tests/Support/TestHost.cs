using System.Collections.Concurrent;
using Beltic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WireMock.Logging;
using WireMock.Server;

namespace Beltic.Sdk.Tests.Support;

/// <summary>A WireMock server plus a DI-built BelticClient pointed at it, with fake time and captured logs.</summary>
public sealed class TestHost : IDisposable
{
    public const string ApiKey = "sk_staging_test_0123456789abcdef";

    public TestHost(Action<BelticClientOptions>? configure = null, Action<IServiceCollection>? services = null, Action<Beltic.DependencyInjection.BelticBuilder>? builder = null)
    {
        Server = WireMockServer.Start();
        Time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services?.Invoke(collection);
        var beltic = collection.AddBeltic(o =>
        {
            o.ApiKey = ApiKey;
            o.BaseAddress = new Uri(Server.Url + "/v1");
            configure?.Invoke(o);
        });
        builder?.Invoke(beltic);
        Provider = collection.BuildServiceProvider();
        Client = Provider.GetRequiredService<BelticClient>();
    }

    public WireMockServer Server { get; }

    public FakeTimeProvider Time { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public ServiceProvider Provider { get; }

    public BelticClient Client { get; }

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    public ILogEntry SingleRequest() => Assert.Single(Server.LogEntries);

    /// <summary>Runs a call while advancing fake time, so backoff waits pass instantly; returns the fake time that elapsed.</summary>
    public async Task<(T Result, TimeSpan Elapsed)> RunAsync<T>(Func<Task<T>> call)
    {
        var start = Time.GetUtcNow();
        var task = call();
        await Drive(task);
        return (await task, Time.GetUtcNow() - start);
    }

    /// <summary>Runs a call expected to throw, advancing fake time; returns the exception and elapsed fake time.</summary>
    public async Task<(TException Exception, TimeSpan Elapsed)> RunThrowsAsync<TException>(Func<Task> call) where TException : Exception
    {
        var start = Time.GetUtcNow();
        var task = call();
        await Drive(task);
        var ex = await Assert.ThrowsAnyAsync<TException>(() => task);
        return (ex, Time.GetUtcNow() - start);
    }

    private async Task Drive(Task task)
    {
        var guard = 0;
        while (!task.IsCompleted && guard++ < 20_000)
        {
            await Task.Delay(2);
            if (!task.IsCompleted)
            {
                Time.Advance(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    public void Dispose()
    {
        Provider.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}

public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public string All => string.Join("\n", Lines);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturingLoggerProvider owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            owner.Lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join(";", kv.Select(p => $"{p.Key}={p.Value}")) : "";
            owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {values} | {exception}");
        }
    }
}
