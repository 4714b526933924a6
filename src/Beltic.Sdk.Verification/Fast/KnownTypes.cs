namespace Beltic.Verification.Fast;

/// <summary>The Beltic credential types, as single string instances (so the fast path allocates none).</summary>
internal static class KnownTypes
{
    public const string Business = "business";
    public const string User = "user";
    public const string AgentAuthorization = "agent_authorization";
    public const string OutcomeAttestation = "outcome_attestation";

    /// <summary>The type a <c>credential_type</c> value names, or null when it is none of them.</summary>
    public static string? FromClaim(ReadOnlySpan<byte> value)
        => value.SequenceEqual("agent_authorization"u8) ? AgentAuthorization
            : value.SequenceEqual("business"u8) ? Business
            : value.SequenceEqual("user"u8) ? User
            : value.SequenceEqual("outcome_attestation"u8) ? OutcomeAttestation : null;
}
