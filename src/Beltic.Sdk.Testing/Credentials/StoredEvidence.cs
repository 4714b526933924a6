namespace Beltic.Testing.Credentials;

/// <summary>An evidence file the fake received.</summary>
internal sealed record StoredEvidence(string Id, string FileName, string ContentType, string? DocumentType, byte[] Content, string Sha256Hex, string Sha256Base64, DateTimeOffset CreatedAt);
