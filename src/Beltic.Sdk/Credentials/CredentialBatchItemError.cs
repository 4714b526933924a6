namespace Beltic.Credentials;

/// <summary>One failed item of a batch.</summary>
public sealed record CredentialBatchItemError
{
    /// <summary>0-based position in the submitted list.</summary>
    public int Index { get; init; }

    /// <summary>Error code.</summary>
    public string? Code { get; init; }

    /// <summary>Error message.</summary>
    public string? Message { get; init; }

    /// <summary>The item's correlation id, if one was echoed.</summary>
    public string? CorrelationId { get; init; }
}
