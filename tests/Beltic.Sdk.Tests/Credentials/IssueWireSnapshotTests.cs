using System.Text.Json;
using Beltic.Credentials;
using Beltic.Sdk.Tests.Support;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Credentials;

/// <summary>Snapshots (Snapshooter.Xunit, files under __snapshots__) of the exact JSON sent for each credential type.</summary>
public class IssueWireSnapshotTests
{
    private static async Task<JToken> SentBody(CredentialIssueOptions options)
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBody(CredentialFixtures.CredentialJson));
        await host.Client.Credentials.IssueAsync(options);
        return JToken.Parse(host.SingleRequest().RequestMessage!.Body!);
    }

    [Fact]
    public async Task Business_credential_wire_json()
    {
        var body = await SentBody(CredentialIssueOptions.Business(
            new CredentialSubject("biz_widgetcorp", SubjectType.Organisation) { Name = "WidgetCorp Ltd", RegistrationNumber = "7234561", LegalForm = "LLC" },
            new BusinessClaims("US-DE")
            {
                KybStatus = "approved",
                VerifiedAt = new DateTimeOffset(2026, 5, 20, 0, 0, 0, TimeSpan.Zero),
                RegisteredAddress = new PostalAddress { Line1 = "1 Main St", City = "Dover", StateOrRegion = "DE", PostalCode = "19901", Country = "US" },
                BeneficialOwners = [new BeneficialOwner { FullName = "Ada Lovelace", OwnershipPercent = 51.5m, Role = "director" }],
                TaxIdVerified = true,
            }) with { ExpiresAt = new DateTimeOffset(2027, 5, 20, 0, 0, 0, TimeSpan.Zero), EvidenceRefs = ["evidence:ev_01HQABCDEFGH"], SelfAttestationComplete = true });

        body.MatchSnapshot();
    }

    [Fact]
    public async Task User_credential_wire_json()
    {
        var body = await SentBody(CredentialIssueOptions.User(
            new CredentialSubject("usr_123", SubjectType.Person) { Email = "ada@example.com", FirstName = "Ada", LastName = "Lovelace" },
            new UserClaims("approved")
            {
                TrustLevel = TrustLevel.IdvVerified, Nationality = "GB", DateOfBirth = "1990-12-10",
                IdDocumentType = "passport", IdDocumentCountry = "GB", ParentBusinessId = "biz_widgetcorp",
            }) with { Ttl = "P1Y" });

        body.MatchSnapshot();
    }

    [Fact]
    public async Task Agent_authorization_credential_wire_json()
    {
        var body = await SentBody(CredentialIssueOptions.AgentAuthorization(
            new CredentialSubject("agent_widgetcorp_assistant", SubjectType.Agent) { AgentExternalId = "assistant-1", ParentUserId = "usr_123" },
            new AgentAuthorizationClaims(
            [
                new AgentPermission("wallet", ["payment_authorize", "checkout"])
                {
                    Conditions = [PermissionCondition.LessThanOrEqual("transaction_amount", 50000), PermissionCondition.In("merchant_country", "US", "CA")],
                },
            ])
            {
                DelegatedBySubjectId = "usr_123",
                SpendLimit = new SpendLimit(100000, "USD", "P1M"),
                AuthorizedCurrencies = ["USD"],
                MaxIdleDuration = "PT30M",
                HumanPresent = false,
            }));

        body.MatchSnapshot();
    }

    [Fact]
    public async Task Outcome_attestation_credential_wire_json()
    {
        var body = await SentBody(CredentialIssueOptions.OutcomeAttestation(
            new CredentialSubject("biz_widgetcorp", SubjectType.Organisation) { ParentUserId = "usr_123" },
            new OutcomeAttestationClaims("sanctions_screening")
            {
                Outcome = "passed",
                AdditionalClaims = new Dictionary<string, JsonElement> { ["workflow_execution_id"] = Json.Parse("\"exec_42\"") },
            }));

        body.MatchSnapshot();
    }

    [Fact]
    public async Task Raw_claims_are_sent_unchanged()
    {
        var body = await SentBody(CredentialIssueOptions.FromRawClaims(
            "future_type", new CredentialSubject("sub_1", "document"), Json.Parse("""{"Mixed_Case":1,"nested":{"keep":"as-is"}}""")));

        body.MatchSnapshot();
    }

    [Fact]
    public void Claims_must_be_a_json_object_and_agents_need_permissions()
    {
        var subject = new CredentialSubject("s", SubjectType.Agent);
        Assert.Throws<ArgumentException>(() => CredentialIssueOptions.FromRawClaims(CredentialType.User, subject, Json.Parse("[1]")));
        Assert.Throws<ArgumentException>(() => CredentialIssueOptions.AgentAuthorization(subject, new AgentAuthorizationClaims([])));
        Assert.Throws<ArgumentException>(() => CredentialIssueOptions.AgentAuthorization(subject, new AgentAuthorizationClaims([new AgentPermission("wallet", [])])));
        Assert.Throws<ArgumentException>(() => CredentialIssueOptions.User(new CredentialSubject("", SubjectType.Person), new UserClaims("approved")));
    }
}
