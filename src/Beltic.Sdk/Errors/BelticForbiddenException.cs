namespace Beltic;

/// <summary>403 Forbidden: the key is valid but lacks a scope the endpoint needs.</summary>
public sealed class BelticForbiddenException : BelticApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">Everything read from the response.</param>
    public BelticForbiddenException(BelticErrorDetails details)
        : base(details)
    {
    }

    /// <summary>The scope the key is missing (e.g. <c>credentials:write</c>), when the body names it.</summary>
    public string? MissingScope => Details.MissingScope;
}
