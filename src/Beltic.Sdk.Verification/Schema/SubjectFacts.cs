using System.Text.Json;

namespace Beltic.Verification.Schema;

/// <summary>What step 5 read: the credential's id, its one subject, its claims and its Beltic type.</summary>
internal sealed record SubjectFacts(string? Id, string SubjectId, JsonElement Subject, JsonElement Claims, string? CredentialType);
