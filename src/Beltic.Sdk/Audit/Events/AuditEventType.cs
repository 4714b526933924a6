using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Audit;

/// <summary>
/// The kind of an audit event (<c>event_type</c>): the audit trail's values plus <c>credential.batch_completed</c>,
/// which audit streams deliver. Values the SDK does not know yet are kept as-is, never an error.
/// </summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<AuditEventType>))]
public readonly record struct AuditEventType(string Value) : IBelticEnum<AuditEventType>
{
    /// <summary>A credential was issued. (<c>credential.issued</c>)</summary>
    public static AuditEventType CredentialIssued { get; } = new("credential.issued");

    /// <summary>A credential was verified. (<c>credential.verified</c>)</summary>
    public static AuditEventType CredentialVerified { get; } = new("credential.verified");

    /// <summary>A credential was revoked. (<c>credential.revoked</c>)</summary>
    public static AuditEventType CredentialRevoked { get; } = new("credential.revoked");

    /// <summary>A credential was erased. (<c>credential.deleted</c>)</summary>
    public static AuditEventType CredentialDeleted { get; } = new("credential.deleted");

    /// <summary>A credential was presented to a verifier; the only type you can record yourself. (<c>credential.presented</c>)</summary>
    public static AuditEventType CredentialPresented { get; } = new("credential.presented");

    /// <summary>A verifier accepted a presentation. (<c>credential.presentation_accepted</c>)</summary>
    public static AuditEventType CredentialPresentationAccepted { get; } = new("credential.presentation_accepted");

    /// <summary>A verifier rejected a presentation. (<c>credential.presentation_rejected</c>)</summary>
    public static AuditEventType CredentialPresentationRejected { get; } = new("credential.presentation_rejected");

    /// <summary>A credential was suspended. (<c>credential.suspended</c>)</summary>
    public static AuditEventType CredentialSuspended { get; } = new("credential.suspended");

    /// <summary>A suspended credential was reactivated. (<c>credential.reactivated</c>)</summary>
    public static AuditEventType CredentialReactivated { get; } = new("credential.reactivated");

    /// <summary>A batch-issue job finished (audit streams only). (<c>credential.batch_completed</c>)</summary>
    public static AuditEventType CredentialBatchCompleted { get; } = new("credential.batch_completed");

    /// <summary>Whether this is one of the values above (a newer server may send others).</summary>
    public bool IsKnown => Value is not null && Known.Contains(Value);

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "credential.issued", "credential.verified", "credential.revoked", "credential.deleted", "credential.presented",
        "credential.presentation_accepted", "credential.presentation_rejected", "credential.suspended",
        "credential.reactivated", "credential.batch_completed",
    };

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator AuditEventType(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static AuditEventType IBelticEnum<AuditEventType>.FromValue(string value) => new(value);
}
