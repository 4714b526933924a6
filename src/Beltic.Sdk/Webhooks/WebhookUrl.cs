namespace Beltic.Webhooks;

/// <summary>The client-side check of an endpoint URL that Beltic will POST deliveries to (webhooks and audit streams).</summary>
internal static class WebhookUrl
{
    /// <summary>Throws unless the URL is absolute https (plain http only for a loopback host, for local testing).</summary>
    public static Uri Validate(Uri? url, string name)
    {
        ArgumentNullException.ThrowIfNull(url, name);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException($"'{name}' must be an absolute URL; '{url}' is relative.", name);
        }

        if (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            if (!string.IsNullOrEmpty(url.UserInfo))
            {
                // Credentials in the URL would be stored by Beltic and shown back in every read of the endpoint.
                throw new ArgumentException($"'{name}' must not carry a user name or password; authenticate deliveries with the signing secret.", name);
            }

            return url;
        }

        throw new ArgumentException(
            $"'{name}' must use https (plain http is accepted only for localhost/loopback addresses); got scheme '{url.Scheme}'.", name);
    }
}
