namespace Beltic.Verification;

/// <summary>
/// The outcome of <see cref="CredentialVerifier.VerifyAsync"/>. An invalid credential is a result with
/// <see cref="IsValid"/> false and a stable <see cref="Code"/>; it is never an exception.
/// </summary>
public sealed class VerificationResult
{
    private string? _message;

    internal VerificationResult(string? code, VerificationStep? failedStep, string? message, IReadOnlyList<VerificationStepResult> steps, VerifiedCredential? credential)
    {
        Code = code;
        FailedStep = failedStep;
        _message = message;
        Steps = steps;
        Credential = credential;
    }

    /// <summary>Whether every step passed (or was skipped because it did not apply).</summary>
    public bool IsValid => Code is null;

    /// <summary>The failure code (see <see cref="VerificationCodes"/>); null when valid.</summary>
    public string? Code { get; }

    /// <summary>The step that failed; null when valid.</summary>
    public VerificationStep? FailedStep { get; }

    /// <summary>A human-readable summary.</summary>
    public string Message => _message ??= Credential is { } c
        ? $"Valid {c.CredentialType} credential for {c.SubjectId} from {c.Issuer}."
        : "Valid credential.";

    /// <summary>All seven steps with their outcome.</summary>
    public IReadOnlyList<VerificationStepResult> Steps { get; }

    /// <summary>What was read from the token (as far as parsing got); null when the token could not be parsed.</summary>
    public VerifiedCredential? Credential { get; }

    /// <inheritdoc />
    public override string ToString() => IsValid ? "valid" : $"invalid ({Code} at {StepNames.Of(FailedStep!.Value)}): {Message}";
}
