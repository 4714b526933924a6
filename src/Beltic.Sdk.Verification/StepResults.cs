using Beltic.Verification.Status;

namespace Beltic.Verification;

/// <summary>
/// The per-step outcomes of a result. A valid result whose notes are known in advance shares one read-only list, so
/// a valid verification allocates no step list.
/// </summary>
internal static class StepResults
{
    private static readonly VerificationStep[] AllSteps = Enum.GetValues<VerificationStep>();
    private static readonly VerificationStepResult[] PassedSteps = [.. AllSteps.Select(s => new VerificationStepResult(s, VerificationStepStatus.Passed))];

    public static readonly VerificationStepResult NoTransaction = new(VerificationStep.Policy, VerificationStepStatus.Skipped, "no transaction context was given");
    public static readonly VerificationStepResult NotAgentCredential = new(VerificationStep.Policy, VerificationStepStatus.Skipped, "transaction policy applies to agent_authorization credentials only");

    private static readonly string?[] KnownStatusNotes = [null, StatusChecker.NoCredentialStatus, StatusChecker.NoUnderstoodEntry, StatusChecker.ChecksOff];
    private static readonly VerificationStepResult[] PolicyOutcomes = [NoTransaction, NotAgentCredential, Passed(VerificationStep.Policy)];
    private static readonly IReadOnlyList<VerificationStepResult>[] Shared =
        [.. KnownStatusNotes.SelectMany(note => PolicyOutcomes.Select(policy => Build(note, policy)))];

    public static VerificationStepResult Passed(VerificationStep step) => PassedSteps[(int)step - 1];

    public static VerificationStepResult Status(string? skipNote)
        => skipNote is null ? Passed(VerificationStep.Status) : new VerificationStepResult(VerificationStep.Status, VerificationStepStatus.Skipped, skipNote);

    /// <summary>The steps of a valid result.</summary>
    public static IReadOnlyList<VerificationStepResult> Valid(string? statusNote, VerificationStepResult policy)
    {
        var s = Array.IndexOf(KnownStatusNotes, statusNote);
        var p = Array.IndexOf(PolicyOutcomes, policy);
        return s < 0 || p < 0 ? Build(statusNote, policy) : Shared[(s * PolicyOutcomes.Length) + p];
    }

    /// <summary>A failed result: the steps before <paramref name="step"/> passed (step 6 possibly skipped), later ones skipped.</summary>
    public static VerificationResult Fail(VerificationStep step, StepFailure failure, VerifiedCredential? credential, VerificationStepResult? status = null)
    {
        var steps = new List<VerificationStepResult>(AllSteps.Length);
        foreach (var s in AllSteps)
        {
            steps.Add(s < step ? (s == VerificationStep.Status && status is not null ? status : Passed(s))
                : s == step ? new VerificationStepResult(step, VerificationStepStatus.Failed, failure.Message)
                : new VerificationStepResult(s, VerificationStepStatus.Skipped, $"step {StepNames.Of(step)} failed"));
        }

        return new VerificationResult(failure.Code, step, failure.Message, steps, credential);
    }

    private static IReadOnlyList<VerificationStepResult> Build(string? statusNote, VerificationStepResult policy)
        => Array.AsReadOnly([.. PassedSteps[..5], Status(statusNote), policy]);
}
