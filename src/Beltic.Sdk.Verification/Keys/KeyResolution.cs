namespace Beltic.Verification.Keys;

/// <summary>Step 2's outcome: the issuer read from the token (when it could be) and its key, or why there is none.</summary>
internal readonly record struct KeyResolution(string? Issuer, IssuerKey? Key, StepFailure? Failure);
