using System.Text.Json;
using System.Text.Json.Serialization;
using Beltic.Credentials;
using Beltic.Serialization.JsonApi;
using Beltic.WellKnown;

namespace Beltic.Serialization;

/// <summary>
/// The single source-generated System.Text.Json context for Beltic's flat snake_case JSON (Credentials, Evidence,
/// well-known documents) and for the JSON:API envelope. No reflection-based serialisation is used anywhere in the SDK.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Credential))]
[JsonSerializable(typeof(CredentialPage))]
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
[JsonSerializable(typeof(JwksDocument))]
[JsonSerializable(typeof(DidDocument))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonApiDocument))]
[JsonSerializable(typeof(JsonApiRequest))]
internal sealed partial class BelticJsonContext : JsonSerializerContext
{
}
