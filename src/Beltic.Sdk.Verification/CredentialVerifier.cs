using Beltic.Verification.Jose;
using Beltic.Verification.Keys;
using Beltic.Verification.Policy;
using Beltic.Verification.Schema;
using Beltic.Verification.Status;

namespace Beltic.Verification;

/// <summary>
/// Verifies Beltic JWT-VC credentials in seven steps — parse, key, signature, time, schema, status, policy — with no
/// call to Beltic when given offline key and status sources. Thread-safe and reusable: create one and share it.
/// An invalid credential never throws; only programmer errors (null arguments) and cancellation do.
/// </summary>
public sealed class CredentialVerifier
{
    private static readonly VerificationStep[] AllSteps = Enum.GetValues<VerificationStep>();
    private static readonly VerificationStepResult[] PassedSteps = AllSteps.Select(s => new VerificationStepResult(s, VerificationStepStatus.Passed)).ToArray();
    private static readonly VerificationStepResult NoTransaction = new(VerificationStep.Policy, VerificationStepStatus.Skipped, "no transaction context was given");
    private static readonly VerificationStepResult NotAgentCredential = new(VerificationStep.Policy, VerificationStepStatus.Skipped, "transaction policy applies to agent_authorization credentials only");

    private readonly CredentialVerifierOptions _options;
    private readonly TimeProvider _time;
    private readonly IssuerKeyResolver _keys;
    private readonly StatusChecker _status;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">Issuer keys (e.g. <see cref="StaticJwksProvider"/> offline, <see cref="HttpJwksProvider"/> online).</param>
    /// <param name="statusLists">Status lists (e.g. <see cref="StaticStatusListProvider"/>); null makes every credential with a status entry fail with <c>status_unavailable</c> unless status checks are off.</param>
    /// <param name="options">Settings; defaults trust <c>did:web:beltic.com</c> with a 60 s skew.</param>
    /// <param name="timeProvider">The clock; default system.</param>
    public CredentialVerifier(IJwksProvider keys, IStatusListProvider? statusLists = null, CredentialVerifierOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _options = options ?? new CredentialVerifierOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _keys = new IssuerKeyResolver(keys, _options.TrustedIssuers);
        _status = new StatusChecker(statusLists, _keys, _options);
    }

    /// <summary>Verifies a credential.</summary>
    /// <param name="jwt">The compact JWS (e.g. a credential's <c>signed_payload</c>).</param>
    /// <param name="context">Expected audience, transaction to authorise, or an evaluation instant.</param>
    /// <param name="cancellationToken">Cancels fetches of keys or status lists.</param>
    /// <returns>The result; check <see cref="VerificationResult.IsValid"/> and <see cref="VerificationResult.Code"/>.</returns>
    public async ValueTask<VerificationResult> VerifyAsync(string jwt, VerificationContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        var steps = new List<VerificationStepResult>(7);
        var now = context?.Now ?? _time.GetUtcNow();

        // 1. parse — and decide, once, the data model every later step reads the credential through.
        if (JwsParser.TryParse(jwt, _options.MaxTokenBytes, out var jws) is { } parseFailure)
        {
            return Fail(steps, VerificationStep.Parse, parseFailure, null);
        }

        steps.Add(Passed(VerificationStep.Parse));
        var document = new CredentialDocument(jws!);
        string? issuer = null;
        TimeFacts? time = null;
        SubjectFacts? subject = null;
        StatusOutcome status = default;
        VerifiedCredential Credential() => new(document, issuer, time, subject, status.Index, status.Url);

        // 2. key
        var resolution = await _keys.ResolveAsync(document, cancellationToken).ConfigureAwait(false);
        issuer = resolution.Issuer;
        if (resolution.Failure is { } keyFailure)
        {
            return Fail(steps, VerificationStep.Key, keyFailure, Credential());
        }

        steps.Add(Passed(VerificationStep.Key));

        // 3. signature
        if (Es256.Verify(jwt, jws!.SigningInputLength, jws.SignatureSegment, resolution.Key!.Algorithm) is { } signatureFailure)
        {
            return Fail(steps, VerificationStep.Signature, signatureFailure, Credential());
        }

        steps.Add(Passed(VerificationStep.Signature));

        // 4. time
        var timeFailure = TimeValidator.Validate(document, now, _options.ClockSkew, _options.AllowNoExpiry, context?.ExpectedAudience, out var timeFacts);
        time = timeFacts;
        if (timeFailure is not null)
        {
            return Fail(steps, VerificationStep.Time, timeFailure, Credential());
        }

        steps.Add(Passed(VerificationStep.Time));

        // 5. schema
        var schemaFailure = SchemaValidator.Validate(document, out subject);
        if (schemaFailure is not null)
        {
            return Fail(steps, VerificationStep.Schema, schemaFailure, Credential());
        }

        steps.Add(Passed(VerificationStep.Schema));

        // 6. status
        status = await _status.CheckAsync(document.Vc, issuer!, now, cancellationToken).ConfigureAwait(false);
        if (status.Failure is { } statusFailure)
        {
            return Fail(steps, VerificationStep.Status, statusFailure, Credential());
        }

        steps.Add(status.SkipNote is { } note ? new VerificationStepResult(VerificationStep.Status, VerificationStepStatus.Skipped, note) : Passed(VerificationStep.Status));

        // 7. policy
        if (context?.Transaction is not { } tx)
        {
            steps.Add(NoTransaction);
        }
        else if (subject!.CredentialType != "agent_authorization")
        {
            steps.Add(NotAgentCredential);
        }
        else if (PolicyEvaluator.Evaluate(subject, tx) is { } policyFailure)
        {
            return Fail(steps, VerificationStep.Policy, policyFailure, Credential());
        }
        else
        {
            steps.Add(Passed(VerificationStep.Policy));
        }

        return new VerificationResult(null, null, null, steps, Credential());
    }

    private static VerificationStepResult Passed(VerificationStep step) => PassedSteps[(int)step - 1];

    private static VerificationResult Fail(List<VerificationStepResult> steps, VerificationStep step, StepFailure failure, VerifiedCredential? credential)
    {
        steps.Add(new VerificationStepResult(step, VerificationStepStatus.Failed, failure.Message));
        foreach (var later in AllSteps)
        {
            if (later > step)
            {
                steps.Add(new VerificationStepResult(later, VerificationStepStatus.Skipped, $"step {StepNames.Of(step)} failed"));
            }
        }

        return new VerificationResult(failure.Code, step, failure.Message, steps, credential);
    }
}
