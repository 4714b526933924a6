namespace Beltic.Verification;

/// <summary>Stable names of the steps.</summary>
internal static class StepNames
{
    public static string Of(VerificationStep step) => step switch
    {
        VerificationStep.Parse => "parse",
        VerificationStep.Key => "key",
        VerificationStep.Signature => "signature",
        VerificationStep.Time => "time",
        VerificationStep.Schema => "schema",
        VerificationStep.Status => "status",
        VerificationStep.Policy => "policy",
        _ => step.ToString().ToLowerInvariant(),
    };
}
