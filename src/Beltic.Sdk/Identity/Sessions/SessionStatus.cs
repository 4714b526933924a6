using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Identity;

/// <summary>Status of an identity session (created → started → pending → completed → approved/declined). Values the SDK does not know yet are kept as-is, never an error.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(BelticEnumConverter<SessionStatus>))]
public readonly record struct SessionStatus(string Value) : IBelticEnum<SessionStatus>
{
    /// <summary>Created, not started. (<c>created</c>)</summary>
    public static SessionStatus Created { get; } = new("created");

    /// <summary>The subject started it. (<c>started</c>)</summary>
    public static SessionStatus Started { get; } = new("started");

    /// <summary>Waiting for processing. (<c>pending</c>)</summary>
    public static SessionStatus Pending { get; } = new("pending");

    /// <summary>All steps done. (<c>completed</c>)</summary>
    public static SessionStatus Completed { get; } = new("completed");

    /// <summary>Failed. (<c>failed</c>)</summary>
    public static SessionStatus Failed { get; } = new("failed");

    /// <summary>Needs manual review. (<c>marked_for_review</c>)</summary>
    public static SessionStatus MarkedForReview { get; } = new("marked_for_review");

    /// <summary>Approved. (<c>approved</c>)</summary>
    public static SessionStatus Approved { get; } = new("approved");

    /// <summary>Declined. (<c>declined</c>)</summary>
    public static SessionStatus Declined { get; } = new("declined");

    /// <summary>Expired before completion. (<c>expired</c>)</summary>
    public static SessionStatus Expired { get; } = new("expired");

    /// <summary>Converts a wire value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator SessionStatus(string value) => new(value);

    /// <summary>The wire value.</summary>
    /// <returns>The wire value.</returns>
    public override string ToString() => Value ?? string.Empty;

    static SessionStatus IBelticEnum<SessionStatus>.FromValue(string value) => new(value);
}
