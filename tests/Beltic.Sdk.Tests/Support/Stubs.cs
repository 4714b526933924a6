using Newtonsoft.Json.Linq;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Support;

/// <summary>Short WireMock stubbing for JSON:API tests.</summary>
public static class Stubs
{
    public static void Json(this TestHost host, string method, string path, string body, int status = 200)
        => host.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/vnd.api+json").WithHeader("X-Request-Id", "req_" + status).WithBody(body));

    /// <summary>The JSON body of a logged request, for snapshots.</summary>
    public static JToken SentJson(this WireMock.Logging.ILogEntry entry) => JToken.Parse(Support.Json.Body(entry));

    /// <summary>The query of a logged request, key → value, keys percent-decoded (<c>page%5Bsize%5D</c> → <c>page[size]</c>).</summary>
    public static IReadOnlyDictionary<string, string> Query(this WireMock.Logging.ILogEntry entry)
        => entry.RequestMessage!.Query!.ToDictionary(kv => Uri.UnescapeDataString(kv.Key), kv => kv.Value.ToString()!);
}
