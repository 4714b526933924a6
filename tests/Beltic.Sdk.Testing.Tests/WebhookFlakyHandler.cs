namespace Beltic.Sdk.Testing.Tests;

/// <summary>Fails the first <c>failures</c> sends as a refused connection would, then passes requests on.</summary>
internal sealed class WebhookFlakyHandler(HttpMessageHandler inner, int failures) : DelegatingHandler(inner)
{
    private int _left = failures;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => Interlocked.Decrement(ref _left) >= 0
            ? Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (simulated)."))
            : base.SendAsync(request, cancellationToken);
}
