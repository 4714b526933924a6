using System.Text.Json;
using System.Buffers.Text;
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

    /// <summary>The JSON view; parsed from the token on first use when the fast path read it (the full path sets it).</summary>
    public CredentialView View
    {
        get
        {
            var view = Volatile.Read(ref _view);
            if (view is null)
            {
                Interlocked.CompareExchange(ref _view, CredentialView.FromCanonical(Token, CredentialType), null);
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
    /// The view of a token the canonical reader accepted: it already checked everything the full parser would (strict
    /// base64url, UTF-8, no duplicate names, depth), and that its subject is one object holding the claims, so this
    /// only builds the documents and reads what step 5 would have. They are not pooled: the elements live as long as
    /// the results that expose them.
    /// </summary>
    public static CredentialView FromCanonical(string token, string? credentialType)
    {
        var first = token.IndexOf('.');
        var second = token.IndexOf('.', first + 1);
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(token.AsSpan(0, first))).RootElement;
        var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.AsSpan(first + 1, second - first - 1))).RootElement;
        var subject = payload.GetProperty("credentialSubject"u8);
        var id = VcPayload.String(payload, "jti") ?? VcPayload.String(payload, "id");
        return new CredentialView(header, payload, new SubjectFacts(id, VcPayload.String(subject, "id")!, subject, subject, credentialType));
    }
}
