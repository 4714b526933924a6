using System.Diagnostics;
using Beltic.Verification.Diagnostics;
using Beltic.Verification.Cache;
using Beltic.Verification.Fast;
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
    private readonly CredentialVerifierOptions _options;
    private readonly TimeProvider _time;
    private readonly IssuerKeyResolver _keys;
    private readonly StatusChecker _status;
    private readonly SignatureVerdictCache? _cache;

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
        _cache = _options.SignatureCacheSize > 0 ? new SignatureVerdictCache(_options.SignatureCacheSize, _options.SignatureCacheMaxTokenLength) : null;
    }

    /// <summary>Verifies a credential.</summary>
    /// <param name="jwt">The compact JWS (e.g. a credential's <c>signed_payload</c>).</param>
    /// <param name="context">Expected audience, transaction to authorise, or an evaluation instant.</param>
    /// <param name="cancellationToken">Cancels fetches of keys or status lists.</param>
    /// <returns>The result; check <see cref="VerificationResult.IsValid"/> and <see cref="VerificationResult.Code"/>.</returns>
    public ValueTask<VerificationResult> VerifyAsync(string jwt, VerificationContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        return VerifierTelemetry.IsEnabled ? VerifyObservedAsync(jwt, context, cancellationToken) : VerifyCoreAsync(jwt, context, cancellationToken);
    }

    /// <summary>A verification inside its span, counted by outcome and timed.</summary>
    private async ValueTask<VerificationResult> VerifyObservedAsync(string jwt, VerificationContext? context, CancellationToken cancellationToken)
    {
        var start = _time.GetTimestamp();
        using var activity = VerifierTelemetry.Source.StartActivity("verify credential");
        VerificationResult result;
        try
        {
            result = await VerifyCoreAsync(jwt, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }

        var outcome = result.Code ?? "valid";
        var step = result.FailedStep is { } failed ? StepNames.Of(failed) : null;
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(VerifierTelemetry.OutcomeTag, outcome);
            activity.SetTag("beltic.verification.failed_step", step);
            activity.SetTag("beltic.credential.issuer", result.Credential?.Issuer);
            activity.SetTag("beltic.credential.kid", result.Credential?.Kid);
            activity.SetTag("beltic.credential.type", result.Credential?.CredentialType);
            if (!result.IsValid)
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }

        var tags = new TagList { { VerifierTelemetry.OutcomeTag, outcome } };
        if (step is not null)
        {
            tags.Add("beltic.verification.failed_step", step);
        }

        VerifierTelemetry.Verifications.Add(1, tags);
        VerifierTelemetry.Duration.Record(_time.GetElapsedTime(start).TotalSeconds, tags);
        return result;
    }

    private async ValueTask<VerificationResult> VerifyCoreAsync(string jwt, VerificationContext? context, CancellationToken cancellationToken)
    {
        var now = context?.Now ?? _time.GetUtcNow();

        // A token seen before: steps 1 and 5 (functions of its exact bytes) are not repeated, nor is step 3 while the
        // issuer still serves the same key under that kid. Steps 2, 4, 6 and 7 always run.
        if (_cache?.Find(jwt) is { } seen)
        {
            return await FinishAsync(seen.Facts, seen.PublicPoint, context, now, cancellationToken).ConfigureAwait(false);
        }

        // Canonical layout: steps 1 and 5 in one pass without a JSON document; anything else takes the full path.
        return !_options.FullPathOnly && CanonicalToken.TryRead(jwt, _options.MaxTokenBytes, _keys) is { } facts
            ? await FinishAsync(facts, null, context, now, cancellationToken).ConfigureAwait(false)
            : await VerifyFullAsync(jwt, context, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Steps 2–7 for a token whose token-only checks (steps 1, 5 and the window's consistency) passed.</summary>
    private async ValueTask<VerificationResult> FinishAsync(CredentialFacts facts, byte[]? verifiedWith, VerificationContext? context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // 2. key — looked up on every call, so a key removed from (or replaced in) the JWKS stops cached verdicts too.
        var resolution = await _keys.LookupAsync(facts.Issuer!, facts.Kid, cancellationToken).ConfigureAwait(false);
        if (resolution.Failure is { } keyFailure)
        {
            return StepResults.Fail(VerificationStep.Key, keyFailure, new VerifiedCredential(facts, VerificationStep.Key));
        }

        // 3. signature — a cached verdict counts only for the very public key it was reached with.
        var key = resolution.Key!;
        if (verifiedWith is null || !verifiedWith.AsSpan().SequenceEqual(key.PublicPoint))
        {
            if (Es256.Verify(facts.Token, facts.SigningInputLength, facts.Token.AsSpan(facts.SigningInputLength + 1), key.Algorithm) is { } signatureFailure)
            {
                return StepResults.Fail(VerificationStep.Signature, signatureFailure, new VerifiedCredential(facts, VerificationStep.Signature));
            }

            _cache?.Add(facts, key.PublicPoint);
        }

        // 4. time
        var timeFailure = TimeValidator.Check(facts.Window, now, _options.ClockSkew, _options.AllowNoExpiry)
            ?? (context?.ExpectedAudience is { } audience && !facts.IsAddressedTo(audience) ? TimeValidator.AudienceMismatch(audience) : null);
        if (timeFailure is not null)
        {
            return StepResults.Fail(VerificationStep.Time, timeFailure, new VerifiedCredential(facts, VerificationStep.Time));
        }

        // 5. schema: already decided from the token alone. 6 and 7:
        return await StatusAndPolicyAsync(facts, context, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The full path: every step on a JSON document, with a precise reason for any failure.</summary>
    private async ValueTask<VerificationResult> VerifyFullAsync(string jwt, VerificationContext? context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // 1. parse — and decide, once, the data model every later step reads the credential through.
        if (JwsParser.TryParse(jwt, _options.MaxTokenBytes, out var jws) is { } parseFailure)
        {
            return StepResults.Fail(VerificationStep.Parse, parseFailure, null);
        }

        var document = new CredentialDocument(jws!);
        var facts = new CredentialFacts(jwt, document.Kid, jws!.SigningInputLength);
        facts.SetView(document.Header, document.Payload, null);

        // 2. key
        var resolution = await _keys.ResolveAsync(document, cancellationToken).ConfigureAwait(false);
        facts.Issuer = resolution.Issuer;
        if (resolution.Failure is { } keyFailure)
        {
            return StepResults.Fail(VerificationStep.Key, keyFailure, new VerifiedCredential(facts, VerificationStep.Key));
        }

        // 3. signature
        if (Es256.Verify(jwt, jws.SigningInputLength, jws.SignatureSegment, resolution.Key!.Algorithm) is { } signatureFailure)
        {
            return StepResults.Fail(VerificationStep.Signature, signatureFailure, new VerifiedCredential(facts, VerificationStep.Signature));
        }

        // 4. time
        var timeFailure = TimeValidator.Validate(document, now, _options.ClockSkew, _options.AllowNoExpiry, context?.ExpectedAudience, out var window);
        facts.Window = window;
        if (timeFailure is not null)
        {
            return StepResults.Fail(VerificationStep.Time, timeFailure, new VerifiedCredential(facts, VerificationStep.Time));
        }

        // 5. schema
        var schemaFailure = SchemaValidator.Validate(document, out var subject);
        facts.SetView(document.Header, document.Payload, subject);
        facts.CredentialType = subject?.CredentialType;
        if (schemaFailure is not null)
        {
            return StepResults.Fail(VerificationStep.Schema, schemaFailure, new VerifiedCredential(facts, VerificationStep.Schema));
        }

        facts.StatusEntries = StatusChecker.Entries(document.Vc);
        if (_cache is not null && TryReadAudience(document, facts))
        {
            _cache.Add(facts, resolution.Key.PublicPoint);
        }

        return await StatusAndPolicyAsync(facts, context, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Steps 6 and 7, which depend on the status lists and the transaction and so run on every verification.</summary>
    private async ValueTask<VerificationResult> StatusAndPolicyAsync(CredentialFacts facts, VerificationContext? context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // 6. status
        var status = await _status.CheckAsync(facts.StatusEntries, facts.Issuer!, now, cancellationToken).ConfigureAwait(false);
        if (status.Failure is { } statusFailure)
        {
            return StepResults.Fail(VerificationStep.Status, statusFailure, new VerifiedCredential(facts, VerificationStep.Status));
        }

        // 7. policy
        VerificationStepResult policy;
        if (context?.Transaction is not { } tx)
        {
            policy = StepResults.NoTransaction;
        }
        else if (facts.CredentialType != KnownTypes.AgentAuthorization)
        {
            policy = StepResults.NotAgentCredential;
        }
        else if (PolicyEvaluator.Evaluate(facts.View.Subject!, tx) is { } policyFailure)
        {
            return StepResults.Fail(VerificationStep.Policy, policyFailure, new VerifiedCredential(facts, VerificationStep.Policy), StepResults.Status(status.SkipNote));
        }
        else
        {
            policy = StepResults.Passed(VerificationStep.Policy);
        }

        return new VerificationResult(null, null, null, StepResults.Valid(status.SkipNote, policy), facts.Valid);
    }

    /// <summary>The audience a cache hit must be able to check; false (do not cache) when it cannot be read as text.</summary>
    private static bool TryReadAudience(CredentialDocument document, CredentialFacts facts)
    {
        try
        {
            facts.Audience = TimeValidator.Audience(document.Payload, out _);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
