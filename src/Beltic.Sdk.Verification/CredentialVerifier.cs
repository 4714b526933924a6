using System.Runtime.CompilerServices;
using System.Text.Json;
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

    private readonly CredentialVerifierOptions _options;
    private readonly IJwksProvider _keys;
    private readonly IStatusListProvider? _statusLists;
    private readonly TimeProvider _time;
    private readonly HashSet<string> _trusted;
    private readonly ConditionalWeakTable<StatusListContent, Task<DecodedStatusList>> _decoded = new();
    private readonly ConditionalWeakTable<StatusListContent, Task<DecodedStatusList>>.CreateValueCallback _decode;

    /// <summary>Creates a verifier.</summary>
    /// <param name="keys">Issuer keys (e.g. <see cref="StaticJwksProvider"/> offline, <see cref="HttpJwksProvider"/> online).</param>
    /// <param name="statusLists">Status lists (e.g. <see cref="StaticStatusListProvider"/>); null makes every credential with a status entry fail with <c>status_unavailable</c> unless status checks are off.</param>
    /// <param name="options">Settings; defaults trust <c>did:web:beltic.com</c> with a 60 s skew.</param>
    /// <param name="timeProvider">The clock; default system.</param>
    public CredentialVerifier(IJwksProvider keys, IStatusListProvider? statusLists = null, CredentialVerifierOptions? options = null, TimeProvider? timeProvider = null)
    {
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        _statusLists = statusLists;
        _options = options ?? new CredentialVerifierOptions();
        _options.Validate();
        _trusted = new HashSet<string>(_options.TrustedIssuers, StringComparer.Ordinal);
        _time = timeProvider ?? TimeProvider.System;
        _decode = DecodeAsync;
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

        // 1. parse
        if (JwsParser.TryParse(jwt, _options.MaxTokenBytes, out var jws) is { } parseFailure)
        {
            return Fail(steps, VerificationStep.Parse, parseFailure, null);
        }

        steps.Add(Passed(VerificationStep.Parse));
        var credential = new VerifiedCredential(jws!.Header, jws.Payload, jws.Kid);

        // 2. key
        var (key, keyFailure) = await ResolveKeyAsync(jws, credential, cancellationToken).ConfigureAwait(false);
        if (keyFailure is not null)
        {
            return Fail(steps, VerificationStep.Key, keyFailure, credential);
        }

        steps.Add(Passed(VerificationStep.Key));

        // 3. signature
        if (Es256.Verify(jwt, jws.SigningInputLength, jws.SignatureSegment, key!.Algorithm) is { } signatureFailure)
        {
            return Fail(steps, VerificationStep.Signature, signatureFailure, credential);
        }

        steps.Add(Passed(VerificationStep.Signature));

        // 4. time
        if (TimeValidator.Validate(jws.Payload, now, _options.ClockSkew, _options.AllowNoExpiry, context?.ExpectedAudience, credential) is { } timeFailure)
        {
            return Fail(steps, VerificationStep.Time, timeFailure, credential);
        }

        steps.Add(Passed(VerificationStep.Time));

        // 5. schema
        if (SchemaValidator.Validate(jws.Payload, credential) is { } schemaFailure)
        {
            return Fail(steps, VerificationStep.Schema, schemaFailure, credential);
        }

        steps.Add(Passed(VerificationStep.Schema));

        // 6. status
        var (statusFailure, statusNote) = await CheckStatusAsync(credential, now, cancellationToken).ConfigureAwait(false);
        if (statusFailure is not null)
        {
            return Fail(steps, VerificationStep.Status, statusFailure, credential);
        }

        steps.Add(statusNote is null ? Passed(VerificationStep.Status) : new VerificationStepResult(VerificationStep.Status, VerificationStepStatus.Skipped, statusNote));

        // 7. policy
        if (context?.Transaction is not { } tx)
        {
            steps.Add(NoTransaction);
        }
        else if (credential.CredentialType != "agent_authorization")
        {
            steps.Add(NotAgentCredential);
        }
        else if (PolicyEvaluator.Evaluate(credential, tx) is { } policyFailure)
        {
            return Fail(steps, VerificationStep.Policy, policyFailure, credential);
        }
        else
        {
            steps.Add(Passed(VerificationStep.Policy));
        }

        return new VerificationResult(null, null, null, steps, credential);
    }

    private async ValueTask<(IssuerKey? Key, StepFailure? Failure)> ResolveKeyAsync(ParsedJws jws, VerifiedCredential credential, CancellationToken cancellationToken)
    {
        if (VcPayload.ReadIssuer(jws.Payload, credential.VcObject, out var issuer) is { } issuerFailure)
        {
            return (null, issuerFailure);
        }

        credential.Issuer = issuer;
        if (!_trusted.Contains(issuer!))
        {
            return (null, new StepFailure(VerificationCodes.UntrustedIssuer, $"Issuer '{JwsParser.Safe(issuer)}' is not trusted."));
        }

        var kid = jws.Kid;
        string? fragment = null;
        if (kid.StartsWith("did:", StringComparison.Ordinal))
        {
            // A DID-URL kid must belong to the issuer's own DID; the key set is then searched by the full id and the fragment.
            var hash = kid.IndexOf('#', StringComparison.Ordinal);
            if (hash <= 0 || !string.Equals(kid[..hash], issuer, StringComparison.Ordinal))
            {
                return (null, new StepFailure(VerificationCodes.UnknownKey, $"Key '{JwsParser.Safe(kid)}' does not belong to issuer '{JwsParser.Safe(issuer)}'."));
            }

            fragment = kid[(hash + 1)..];
        }

        try
        {
            var key = await _keys.FindKeyAsync(issuer!, kid, cancellationToken).ConfigureAwait(false);
            if (key is null && fragment is not null)
            {
                key = await _keys.FindKeyAsync(issuer!, fragment, cancellationToken).ConfigureAwait(false);
            }

            return key is null
                ? (null, new StepFailure(VerificationCodes.UnknownKey, $"Issuer '{JwsParser.Safe(issuer)}' has no usable ES256 key '{JwsParser.Safe(kid)}'."))
                : (key, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, new StepFailure(VerificationCodes.UnknownKey, $"The issuer's keys could not be loaded: {ex.Message}"));
        }
    }

    private async ValueTask<(StepFailure? Failure, string? SkipNote)> CheckStatusAsync(VerifiedCredential credential, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!credential.VcObject.TryGetProperty("credentialStatus"u8, out var statusEl))
        {
            return (null, "the credential has no credentialStatus");
        }

        var entries = new List<JsonElement>(1);
        if (statusEl.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in statusEl.EnumerateArray())
            {
                if (IsStatusEntry(e))
                {
                    entries.Add(e);
                }
            }
        }
        else if (IsStatusEntry(statusEl))
        {
            entries.Add(statusEl);
        }

        if (entries.Count == 0)
        {
            return (null, "no StatusList2021Entry or BitstringStatusListEntry");
        }

        if (!_options.CheckStatus)
        {
            ReadEntry(entries[0], out var idx, out var url, out _);
            credential.StatusListIndex = idx;
            credential.StatusListCredential = url;
            return (null, "status checks are turned off");
        }

        string? unavailable = null;
        var suspended = false;
        foreach (var entry in entries)
        {
            var problem = ReadEntry(entry, out var index, out var url, out var purpose);
            credential.StatusListIndex ??= index;
            credential.StatusListCredential ??= url;
            if (problem is null)
            {
                var (isSet, error) = await ReadBitAsync(url!, index!.Value, purpose, credential.Issuer!, now, cancellationToken).ConfigureAwait(false);
                problem = error;
                if (isSet && purpose == "revocation")
                {
                    return (new StepFailure(VerificationCodes.Revoked, $"The credential is revoked (status list index {index})."), null);
                }

                suspended |= isSet && purpose == "suspension";
            }

            unavailable ??= problem;
        }

        if (suspended)
        {
            return (new StepFailure(VerificationCodes.Suspended, $"The credential is suspended (status list index {credential.StatusListIndex})."), null);
        }

        if (unavailable is not null)
        {
            return _options.AcceptUnavailableStatus
                ? (null, "status could not be determined and the verifier accepts that: " + unavailable)
                : (new StepFailure(VerificationCodes.StatusUnavailable, "The credential's status could not be determined: " + unavailable + "."), null);
        }

        return (null, null);
    }

    private static bool IsStatusEntry(JsonElement e)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type"u8, out var t) && (t.ValueEquals("StatusList2021Entry"u8) || t.ValueEquals("BitstringStatusListEntry"u8));

    private static string? ReadEntry(JsonElement entry, out long? index, out string? url, out string purpose)
    {
        index = null;
        url = VcPayload.String(entry, "statusListCredential");
        purpose = VcPayload.String(entry, "statusPurpose") ?? "revocation";
        if (entry.TryGetProperty("statusListIndex"u8, out var idx))
        {
            if (idx.ValueKind == JsonValueKind.String && idx.GetString() is { Length: > 0 and <= 12 } s && !s.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                index = long.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (idx.ValueKind == JsonValueKind.Number && idx.TryGetInt64(out var n) && n >= 0)
            {
                index = n;
            }
        }

        if (index is null)
        {
            return "statusListIndex is not a non-negative integer";
        }

        if (url is null || !(url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)))
        {
            return "statusListCredential is not an absolute URL";
        }

        if (entry.TryGetProperty("statusSize"u8, out var size) && !(size.ValueKind == JsonValueKind.Number && size.TryGetInt32(out var n1) && n1 == 1))
        {
            return "multi-bit status entries (statusSize > 1) are not supported";
        }

        return null;
    }

    private async ValueTask<(bool IsSet, string? Error)> ReadBitAsync(string url, long index, string purpose, string issuer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_statusLists is null)
        {
            return (false, "no status-list source is configured");
        }

        StatusListContent? content;
        try
        {
            content = await _statusLists.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (false, $"the status list {url} could not be fetched ({ex.Message})");
        }

        if (content is null)
        {
            return (false, $"no status list is available for {url}");
        }

        var decoded = await _decoded.GetValue(content, _decode).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (decoded.Error is not null)
        {
            return (false, decoded.Error);
        }

        if (decoded.Purposes is { } purposes && !purposes.Contains(purpose))
        {
            return (false, $"the status list's purpose ({string.Join(", ", purposes)}) does not match the entry's ({purpose})");
        }

        if (decoded.Issuer is { } listIssuer && listIssuer != issuer)
        {
            return (false, "the status list was issued by another issuer");
        }

        if (decoded.ValidUntil is { } until && now >= until + _options.ClockSkew)
        {
            return (false, "the status list has expired");
        }

        if (index >= (long)decoded.Bits!.Length * 8)
        {
            return (false, $"index {index} is outside the status list ({decoded.Bits.Length * 8} entries)");
        }

        return (decoded.IsSet(index), null);
    }

    private async Task<DecodedStatusList> DecodeAsync(StatusListContent content)
    {
        var text = content.Content.Trim();
        if (text.StartsWith('{'))
        {
            try
            {
                using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 32 });
                return StatusListDecoder.FromJson(doc.RootElement, _options.MaxStatusListBytes);
            }
            catch (JsonException ex)
            {
                return DecodedStatusList.Failed("the status list is not valid JSON: " + ex.Message);
            }
        }

        // A status list secured as a JWS is verified like a credential: trusted issuer, its key, ES256.
        if (JwsParser.TryParse(text, 4 * 1024 * 1024, out var jws) is { } parseFailure)
        {
            return DecodedStatusList.Failed("the status list is neither JSON nor a valid JWS: " + parseFailure.Message);
        }

        var probe = new VerifiedCredential(jws!.Header, jws.Payload, jws.Kid);
        var (key, keyFailure) = await ResolveKeyAsync(jws, probe, CancellationToken.None).ConfigureAwait(false);
        if (keyFailure is not null)
        {
            return DecodedStatusList.Failed("the status list's signer is not usable: " + keyFailure.Message);
        }

        if (Es256.Verify(text, jws.SigningInputLength, jws.SignatureSegment, key!.Algorithm) is { } sigFailure)
        {
            return DecodedStatusList.Failed("the status list's signature is invalid: " + sigFailure.Message);
        }

        return StatusListDecoder.FromJson(jws.Payload, _options.MaxStatusListBytes);
    }

    private static readonly VerificationStepResult[] PassedSteps = AllSteps.Select(s => new VerificationStepResult(s, VerificationStepStatus.Passed)).ToArray();
    private static readonly VerificationStepResult NoTransaction = new(VerificationStep.Policy, VerificationStepStatus.Skipped, "no transaction context was given");
    private static readonly VerificationStepResult NotAgentCredential = new(VerificationStep.Policy, VerificationStepStatus.Skipped, "transaction policy applies to agent_authorization credentials only");

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
