namespace Beltic.Testing.Hosting;

/// <summary>
/// In memory, an aborted request surfaces as an <see cref="OperationCanceledException"/> the caller never asked for;
/// over a socket the same drop is an <see cref="HttpRequestException"/>. This handler makes the in-memory fake behave
/// like the network, so clients retry a dropped connection the same way in both modes.
/// </summary>
internal sealed class DroppedConnectionHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError, "The connection was closed before a response arrived (the fake dropped it).", ex);
        }
    }
}
