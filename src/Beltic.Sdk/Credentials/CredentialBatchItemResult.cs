using System.Text.Json;

namespace Beltic.Credentials;

/// <summary>One item of a synchronous batch answer.</summary>
public sealed record CredentialBatchItemResult
{
    /// <summary>0-based position in the submitted list.</summary>
    public int Index { get; init; }

    /// <summary>The issued credential, when the item succeeded.</summary>
    public Credential? Credential { get; init; }

    /// <summary>The echoed correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The item's error as the server sent it, when it failed.</summary>
    public JsonElement? Error { get; init; }
}
