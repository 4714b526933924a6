using System.Net;
using Beltic.Credentials;
using Beltic.Identity;

namespace Beltic.Sdk.Tests.Pattern;

/// <summary>Users mock BelticClient in their own tests and build every returned model, raw response included.</summary>
public class ModelFactoryTests
{
    private sealed class FakeCredentials : CredentialsClient
    {
        public override Task<Credential> GetAsync(string credentialId, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            => Task.FromResult(BelticModelFactory.WithRawResponse(
                new Credential { Id = credentialId, Status = CredentialStatus.Revoked },
                BelticModelFactory.Response(HttpStatusCode.OK, requestId: "req_mock", idempotencyKey: null)));

        public override BelticPageable<Credential> ListAutoPagingAsync(CredentialListOptions? options = null, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
            => BelticPageable<Credential>.FromPages([new BelticPage<Credential> { Items = [new Credential { Id = "cred_a" }] }, new BelticPage<Credential> { Items = [new Credential { Id = "cred_b" }] }]);
    }

    private sealed class MockClient : BelticClient
    {
        public override CredentialsClient Credentials { get; } = new FakeCredentials();
    }

    [Fact]
    public async Task A_mocked_client_returns_factory_built_models_with_their_raw_response()
    {
        BelticClient beltic = new MockClient();

        var credential = await beltic.Credentials.GetAsync("cred_1");
        var ids = new List<string>();
        await foreach (var c in beltic.Credentials.ListAutoPagingAsync())
        {
            ids.Add(c.Id);
        }

        Assert.Equal("req_mock", credential.RawResponse!.RequestId);
        Assert.Equal(CredentialStatus.Revoked, credential.Status);
        Assert.Equal(["cred_a", "cred_b"], ids);
    }

    [Fact]
    public void Resources_get_ids_relationships_and_included_resources()
    {
        var account = BelticModelFactory.Resource(new Account { ExternalId = "user_42" }, "acc_1", "account");
        var session = BelticModelFactory.Resource(
            new Session(),
            "ses_1",
            "session",
            relationships: new() { ["account"] = [new ResourceReference("account", "acc_1")] },
            included: [account]);

        Assert.Equal("acc_1", session.AccountId);
        Assert.Same(account, session.Included.Find<Account>(session.AccountId));
        Assert.Equal("user_42", session.Included.Find<Account>("acc_1")!.ExternalId);
    }

    [Fact]
    public void Well_known_documents_keep_their_raw_json()
    {
        var jwks = BelticModelFactory.Jwks("""{"keys":[{"kty":"EC","crv":"P-256","kid":"k1","x":"a","y":"b"}]}""");

        Assert.Equal("k1", Assert.Single(jwks.Keys).Kid);
        Assert.Contains("\"kid\":\"k1\"", jwks.Json);
    }
}
