using System.Runtime.CompilerServices;
using System.Text.Json;
using Beltic.Verification.Jose;
using Beltic.Verification.Keys;
using Beltic.Verification.Schema;

namespace Beltic.Verification.Status;

/// <summary>
/// Step 6: every understood status entry is checked (a set revocation bit wins over a set suspension bit); any entry
/// whose list cannot be read, trusted or indexed makes the status unavailable, which fails closed unless the caller
/// accepts it. Each <see cref="StatusListContent"/> instance is decoded once (a signed list is verified like a credential).
/// </summary>
internal sealed class StatusChecker
{
    private readonly IStatusListProvider? _lists;
    private readonly IssuerKeyResolver _keys;
    private readonly CredentialVerifierOptions _options;
    private readonly ConditionalWeakTable<StatusListContent, Task<DecodedStatusList>> _decoded = new();
    private readonly ConditionalWeakTable<StatusListContent, Task<DecodedStatusList>>.CreateValueCallback _decode;

    public const string NoCredentialStatus = "the credential has no credentialStatus";
    public const string NoUnderstoodEntry = "no StatusList2021Entry or BitstringStatusListEntry";
    public const string ChecksOff = "status checks are turned off";

    public StatusChecker(IStatusListProvider? lists, IssuerKeyResolver keys, CredentialVerifierOptions options)
    {
        _lists = lists;
        _keys = keys;
        _options = options;
        _decode = DecodeAsync;
    }

    /// <summary>The understood entries of a credential's <c>credentialStatus</c>; null when it has none.</summary>
    public static StatusEntry[]? Entries(JsonElement vc)
        => vc.TryGetProperty("credentialStatus"u8, out var statusEl) ? [.. StatusEntry.ReadAll(statusEl)] : null;

    public ValueTask<StatusOutcome> CheckAsync(JsonElement vc, string issuer, DateTimeOffset now, CancellationToken cancellationToken)
        => CheckAsync(Entries(vc), issuer, now, cancellationToken);

    /// <summary>Step 6 on the entries read from the token (<see cref="Entries"/>; null when it has no credentialStatus).</summary>
    public async ValueTask<StatusOutcome> CheckAsync(StatusEntry[]? entries, string issuer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (entries is null)
        {
            return new StatusOutcome(null, NoCredentialStatus, null, null);
        }

        if (entries.Length == 0)
        {
            return new StatusOutcome(null, NoUnderstoodEntry, null, null);
        }

        var (index, url) = (entries[0].Index, entries[0].Url);
        if (!_options.CheckStatus)
        {
            return new StatusOutcome(null, ChecksOff, index, url);
        }

        string? unavailable = null;
        long? suspended = null;
        foreach (var entry in entries)
        {
            var problem = entry.Problem;
            if (problem is null)
            {
                var (isSet, error) = await ReadBitAsync(entry, issuer, now, cancellationToken).ConfigureAwait(false);
                problem = error;
                if (isSet && entry.Purpose == "revocation")
                {
                    return new StatusOutcome(new StepFailure(VerificationCodes.Revoked, $"The credential is revoked (status list index {entry.Index})."), null, index, url);
                }

                if (isSet && entry.Purpose == "suspension")
                {
                    suspended ??= entry.Index;
                }
            }

            unavailable ??= problem;
        }

        if (suspended is { } suspension)
        {
            return new StatusOutcome(new StepFailure(VerificationCodes.Suspended, $"The credential is suspended (status list index {suspension})."), null, index, url);
        }

        if (unavailable is null)
        {
            return new StatusOutcome(null, null, index, url);
        }

        return _options.AcceptUnavailableStatus
            ? new StatusOutcome(null, "status could not be determined and the verifier accepts that: " + unavailable, index, url)
            : new StatusOutcome(new StepFailure(VerificationCodes.StatusUnavailable, "The credential's status could not be determined: " + unavailable + "."), null, index, url);
    }

    private async ValueTask<(bool IsSet, string? Error)> ReadBitAsync(StatusEntry entry, string issuer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_lists is null)
        {
            return (false, "no status-list source is configured");
        }

        var url = entry.Url!;
        StatusListContent? content;
        try
        {
            content = await _lists.GetAsync(url, cancellationToken).ConfigureAwait(false);
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
            if (decoded.IsTransient)
            {
                _decoded.Remove(content); // try again next time rather than fail for the document's lifetime
            }

            return (false, decoded.Error);
        }

        if (decoded.Purposes is { } purposes && !purposes.Contains(entry.Purpose))
        {
            return (false, $"the status list's purpose ({string.Join(", ", purposes)}) does not match the entry's ({entry.Purpose})");
        }

        if (decoded.Issuer is { } listIssuer && listIssuer != issuer)
        {
            return (false, "the status list was issued by another issuer");
        }

        if (decoded.ValidUntil is { } until && now >= TimeValidator.Shift(until, _options.ClockSkew))
        {
            return (false, "the status list has expired");
        }

        var index = entry.Index!.Value;
        if (index >= (long)decoded.Bits!.Length * 8)
        {
            return (false, $"index {index} is outside the status list ({decoded.Bits.Length * 8} entries)");
        }

        return (decoded.IsSet(index), null);
    }

    private async Task<DecodedStatusList> DecodeAsync(StatusListContent content)
    {
        try
        {
            return await DecodeCoreAsync(content).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Whatever the document holds, the verdict is "unavailable", never an exception out of VerifyAsync.
            return DecodedStatusList.Failed($"the status list could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private async Task<DecodedStatusList> DecodeCoreAsync(StatusListContent content)
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

        var resolution = await _keys.ResolveAsync(new CredentialDocument(jws!), CancellationToken.None).ConfigureAwait(false);
        if (resolution.Failure is { } keyFailure)
        {
            return DecodedStatusList.Failed("the status list's signer is not usable: " + keyFailure.Message, transient: keyFailure.Code == VerificationCodes.KeyUnavailable);
        }

        if (Es256.Verify(text, jws!.SigningInputLength, jws.SignatureSegment, resolution.Key!.Algorithm) is { } sigFailure)
        {
            return DecodedStatusList.Failed("the status list's signature is invalid: " + sigFailure.Message);
        }

        return StatusListDecoder.FromJson(jws.Payload, _options.MaxStatusListBytes);
    }
}
