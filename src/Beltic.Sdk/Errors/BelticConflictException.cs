namespace Beltic;

/// <summary>
/// 409 Conflict: the resource is not in a state that allows the operation (e.g. revoking a credential that is not
/// active), or an <c>Idempotency-Key</c> was reused with a different request.
/// </summary>
public sealed class BelticConflictException : BelticApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">Everything read from the response.</param>
    public BelticConflictException(BelticErrorDetails details)
        : base(details)
    {
    }

    /// <summary>Whether the conflict is an idempotency-key reuse with a different request body.</summary>
    public bool IsIdempotencyKeyConflict => string.Equals(ErrorCode, "idempotency_key_conflict", StringComparison.Ordinal);
}
