using System.Text.Json.Serialization;
using Beltic.Serialization;

namespace Beltic.Credentials;

/// <summary>
/// The Credentials area's source-generated JSON (flat snake_case, nulls left out, numbers strict): its requests,
/// responses and typed claims.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Credential))]
[JsonSerializable(typeof(CredentialListResponse))]
[JsonSerializable(typeof(CredentialIssueRequest))]
[JsonSerializable(typeof(CredentialBatchIssueRequest))]
[JsonSerializable(typeof(CredentialBatchWire))]
[JsonSerializable(typeof(CredentialRevokeRequest))]
[JsonSerializable(typeof(CredentialVerifyRequest))]
[JsonSerializable(typeof(CredentialVerificationResult))]
[JsonSerializable(typeof(CredentialVerificationContext))]
[JsonSerializable(typeof(BusinessClaims))]
[JsonSerializable(typeof(UserClaims))]
[JsonSerializable(typeof(AgentAuthorizationClaims))]
[JsonSerializable(typeof(OutcomeAttestationClaims))]
[JsonSerializable(typeof(CredentialSubject))]
[JsonSerializable(typeof(Evidence))]
internal sealed partial class CredentialsJsonContext : JsonSerializerContext
{
    /// <summary>How the Credentials area reads and writes JSON.</summary>
    // Lazy: static initialisers of a partial class run in no guaranteed order, and Default is declared in another part.
    public static AreaSerializer Serializer => field ??= new(Default);
}
