namespace Beltic.Verification;

/// <summary>One step's outcome.</summary>
/// <param name="Step">The step.</param>
/// <param name="Status">Passed, failed or skipped.</param>
/// <param name="Message">Why it failed or was skipped; null when it passed.</param>
public sealed record VerificationStepResult(VerificationStep Step, VerificationStepStatus Status, string? Message = null)
{
    /// <summary>The step's snake_case name (<c>parse</c>, <c>key</c>, <c>signature</c>, <c>time</c>, <c>schema</c>, <c>status</c>, <c>policy</c>).</summary>
    public string Name => StepNames.Of(Step);
}
