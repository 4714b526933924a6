namespace Beltic.Verification;

/// <summary>A step's failure: a stable code and a message.</summary>
internal sealed record StepFailure(string Code, string Message)
{
    public static StepFailure Malformed(string message) => new(VerificationCodes.Malformed, message);

    public static StepFailure InvalidClaims(string message) => new(VerificationCodes.InvalidClaims, message);
}
