using System.Text.Json;

namespace Beltic.WebsiteChecks;

/// <summary>What to check (<see cref="WebsiteChecksClient.CreateAsync"/>): a website URL, plus any attributes Beltic may take that this SDK does not know.</summary>
public sealed record WebsiteCheckCreateOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="url">The website: an absolute http(s) URL.</param>
    /// <exception cref="ArgumentException">The URL is not absolute http(s).</exception>
    public WebsiteCheckCreateOptions(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The website URL must be an absolute http(s) URL; got '{url}'.", nameof(url));
        }

        Url = url;
    }

    /// <summary>The website to check (<c>attributes.url</c>).</summary>
    public Uri Url { get; }

    /// <summary>
    /// The escape hatch: more members of <c>attributes</c>, sent exactly as given beside <c>url</c> (which they may not
    /// repeat). Beltic documents none.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? AdditionalAttributes { get; init; }
}
