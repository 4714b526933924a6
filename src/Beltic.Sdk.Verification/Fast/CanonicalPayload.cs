using Beltic.Verification.Status;

namespace Beltic.Verification.Fast;

/// <summary>What the fast reader took from a payload: byte ranges of plain strings and the values later steps need.</summary>
internal struct CanonicalPayload
{
    public bool HasV2Context;
    public Segment Iss, Issuer, Sub, Jti, Id, CredentialType, SubjectId;
    public DateTimeOffset? Exp, Nbf, Iat, ValidFrom, ValidUntil;

    /// <summary>Whether <c>aud</c> is present, and its string values (null when it has none).</summary>
    public bool HasAudience;
    public string[]? Audience;

    public bool HasVerifiableCredentialType;
    public string? TypedAs;

    public bool HasSubject;
    public SubjectClaims Claims;

    public bool HasStatus;
    public StatusEntry? Status;
}

/// <summary>A plain (unescaped) JSON string value as a byte range of the payload; <see cref="Length"/> −1 when absent.</summary>
internal readonly record struct Segment(int Start, int Length)
{
    public static Segment None => new(0, -1);

    public bool IsPresent => Length >= 0;

    public ReadOnlySpan<byte> Of(ReadOnlySpan<byte> json) => json.Slice(Start, Length);
}
