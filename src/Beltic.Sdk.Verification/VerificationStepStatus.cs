namespace Beltic.Verification;

/// <summary>What happened in one step.</summary>
public enum VerificationStepStatus
{
    /// <summary>The step ran and passed.</summary>
    Passed = 0,

    /// <summary>The step ran and failed.</summary>
    Failed = 1,

    /// <summary>The step did not run (an earlier step failed, or it did not apply).</summary>
    Skipped = 2,
}
