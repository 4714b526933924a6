namespace Beltic.Verification.Schema;

/// <summary>What step 4 read: the effective validity window and the issuance time.</summary>
internal readonly record struct TimeFacts(DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, DateTimeOffset? IssuedAt);
