namespace Beltic.WellKnown;

/// <summary>
/// An issuer status list (<c>/.well-known/status-lists/v1</c>) as served: a StatusList2021/BitstringStatusList
/// credential (JSON or compact JWS) or a bare <c>{"encodedList": …}</c>. Feed <see cref="Content"/> to the offline
/// verifier, which checks and decodes it.
/// </summary>
public sealed record StatusListDocument : BelticObject
{
    internal StatusListDocument(string content, string? encodedList)
    {
        Content = content;
        EncodedList = encodedList;
    }

    /// <summary>The document exactly as served.</summary>
    public string Content { get; }

    /// <summary>The <c>encodedList</c> (base64url GZIP bitstring) when the document is JSON; null for a JWS.</summary>
    public string? EncodedList { get; }
}
