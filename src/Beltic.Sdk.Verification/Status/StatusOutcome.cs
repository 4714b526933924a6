namespace Beltic.Verification.Status;

/// <summary>Step 6's outcome: a failure, or a note when the step was skipped; and the first entry's index and list URL.</summary>
internal readonly record struct StatusOutcome(StepFailure? Failure, string? SkipNote, long? Index, string? Url);
