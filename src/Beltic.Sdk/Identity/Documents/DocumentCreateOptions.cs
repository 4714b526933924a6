namespace Beltic.Identity;

/// <summary>
/// What to send to process a document with a template (<see cref="DocumentsClient.CreateAsync"/>): the template and
/// the URL Beltic fetches the file from. Sent as the request's <c>meta</c>, as the API documents.
/// </summary>
public sealed record DocumentCreateOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="documentTemplateId">The template to process the document with.</param>
    /// <param name="fileUrl">An absolute http(s) URL Beltic can download the file from.</param>
    public DocumentCreateOptions(string documentTemplateId, Uri fileUrl)
    {
        DocumentTemplateId = Http.Argument.NotNullOrWhiteSpace(documentTemplateId);
        ArgumentNullException.ThrowIfNull(fileUrl);
        if (!fileUrl.IsAbsoluteUri || (fileUrl.Scheme != Uri.UriSchemeHttps && fileUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The document's file URL must be an absolute http(s) URL; got '{fileUrl}'.", nameof(fileUrl));
        }

        FileUrl = fileUrl;
    }

    /// <summary>The template to process the document with.</summary>
    public string DocumentTemplateId { get; }

    /// <summary>Where Beltic downloads the file from.</summary>
    public Uri FileUrl { get; }

    /// <summary>The session to attach the document to (relationship <c>session</c>), if any.</summary>
    public string? SessionId { get; init; }
}

/// <summary>The <c>meta</c> of a document create request.</summary>
internal sealed record DocumentCreateMeta(string DocumentTemplateId, string FileUrl);
