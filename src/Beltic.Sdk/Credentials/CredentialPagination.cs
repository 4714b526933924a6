namespace Beltic.Credentials;

/// <summary>The <c>pagination</c> object of a credential list.</summary>
internal sealed record CredentialPagination
{
    /// <summary>Cursor of the next page.</summary>
    public string? NextCursor { get; init; }

    /// <summary>Cursor of the previous page.</summary>
    public string? PrevCursor { get; init; }

    /// <summary>Whether another page follows.</summary>
    public bool HasMore { get; init; }

    /// <summary>Total matching credentials, when the server counts them.</summary>
    public long? Total { get; init; }
}
