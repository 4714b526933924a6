using System.Net;

namespace Beltic.Sdk.Tests.Support;

/// <summary>A primary handler that plays a script of outcomes (exceptions, hangs or responses) and records requests.</summary>
public sealed class ScriptedHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] script) : HttpMessageHandler
{
    private int _calls;

    public List<(string Method, string Uri, Dictionary<string, string> Headers, string? Body)> Seen { get; } = [];

    public int Calls => _calls;

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Throw(Exception ex) => (_, _) => Task.FromException<HttpResponseMessage>(ex);

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang() => async (_, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Respond(HttpStatusCode status, string body = "{}") => (_, ct) =>
        ct.IsCancellationRequested
            ? Task.FromCanceled<HttpResponseMessage>(ct) // like a real server connection: a cancelled token sends nothing
            : Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var i = Interlocked.Increment(ref _calls) - 1;
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Seen)
        {
            Seen.Add((request.Method.Method, request.RequestUri!.ToString(), headers, body));
        }

        var step = script[Math.Min(i, script.Length - 1)];
        var response = await step(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
