using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Credentials;

public class SmokeTests
{
    [Fact]
    public async Task Get_hits_v1_path_and_maps_model()
    {
        using var host = new TestHost();
        host.Server.Given(Request.Create().WithPath("/v1/credentials/cred_01HQ7P4M6ABC").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("X-Request-Id", "req_1").WithBody(CredentialFixtures.CredentialJson));
        var c = await host.Client.Credentials.GetAsync("cred_01HQ7P4M6ABC");
        Assert.Equal("cred_01HQ7P4M6ABC", c.Id);
        Assert.Equal("req_1", c.RawResponse!.RequestId);
    }
}
