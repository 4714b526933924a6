namespace Beltic.Verification;

/// <summary>Per-call inputs to <see cref="CredentialVerifier.VerifyAsync"/>.</summary>
public sealed record VerificationContext
{
    /// <summary>The audience the credential must be addressed to (<c>aud</c>); unchecked when null.</summary>
    public string? ExpectedAudience { get; init; }

    /// <summary>The transaction to authorise; step 7 runs only when this is set.</summary>
    public TransactionContext? Transaction { get; init; }

    /// <summary>Evaluate as of this instant instead of the verifier's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset? Now { get; init; }
}
