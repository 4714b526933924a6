namespace Beltic.Verification.Status;

/// <summary>
/// A status-list document as received: a StatusList2021/BitstringStatusList credential (JSON or compact JWS) or a bare
/// <c>{"encodedList": …}</c>. The verifier decodes each instance once and caches the result with it.
/// </summary>
public sealed class StatusListContent
{
    /// <summary>Wraps a document.</summary>
    /// <param name="content">The document text.</param>
    public StatusListContent(string content) => Content = content ?? throw new ArgumentNullException(nameof(content));

    /// <summary>The document text.</summary>
    public string Content { get; }
}
