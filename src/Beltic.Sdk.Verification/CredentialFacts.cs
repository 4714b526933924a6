using System.Text.Json;
using Beltic.Verification.Jose;
using Beltic.Verification.Schema;
using Beltic.Verification.Status;

namespace Beltic.Verification;

/// <summary>
/// What steps 1–5 established about one token from its bytes alone — issuer, kid, validity window, audience, status
/// entries, Beltic type — which the steps that depend on the clock, the key set, the status lists and the transaction
/// read on every verification. The fast path and the full path fill it in; the signature-verdict cache keeps it.
/// The full path sets members step by step; nothing reads a member before the step that sets it has run.
/// </summary>
internal sealed class CredentialFacts(string token, string kid, int signingInputLength)
{
    private CredentialView? _view;
    private VerifiedCredential? _valid;

    public string Token { get; } = token;

    public string Kid { get; } = kid;

    /// <summary>The length of <c>header.payload</c> in <see cref="Token"/>: the signing input.</summary>
    public int SigningInputLength { get; } = signingInputLength;

    public string? Issuer { get; set; }

    public TimeFacts Window { get; set; }

    /// <summary>The string values of <c>aud</c>; null when it has none.</summary>
    public string[]? Audience { get; set; }

    /// <summary>The understood status entries; null when the credential has no <c>credentialStatus</c>.</summary>
    public StatusEntry[]? StatusEntries { get; set; }

    public string? CredentialType { get; set; }

    /// <summary>The JSON view; parsed again from the token on first use when the fast path built none.</summary>
    public CredentialView View
    {
        get
        {
            var view = Volatile.Read(ref _view);
            if (view is null)
            {
                Interlocked.CompareExchange(ref _view, CredentialView.Parse(Token), null);
                view = _view!;
            }

            return view;
        }
    }

    /// <summary>The credential a valid result exposes: one instance per token, shared by every result for it.</summary>
    public VerifiedCredential Valid => _valid ??= new VerifiedCredential(this, VerificationStep.Policy);

    public bool IsAddressedTo(string audience) => Audience is { } aud && Array.IndexOf(aud, audience) >= 0;

    public void SetView(JsonElement header, JsonElement payload, SubjectFacts? subject) => Volatile.Write(ref _view, new CredentialView(header, payload, subject));
}

/// <summary>The token's header and payload as JSON, and what step 5 read from them.</summary>
internal sealed record CredentialView(JsonElement Header, JsonElement Payload, SubjectFacts? Subject)
{
    /// <summary>
    /// Parses a token that already passed steps 1–5. Its documents are never pooled: the elements live as long as the
    /// results that expose them.
    /// </summary>
    public static CredentialView Parse(string token)
    {
        if (JwsParser.TryParse(token, int.MaxValue, out var jws) is not null)
        {
            return new CredentialView(default, default, null); // unreachable for a token that passed parsing
        }

        var document = new CredentialDocument(jws!);
        SchemaValidator.Validate(document, out var subject);
        return new CredentialView(document.Header, document.Payload, subject);
    }
}
