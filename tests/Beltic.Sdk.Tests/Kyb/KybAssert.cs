using WireMock.Logging;

namespace Beltic.Sdk.Tests.Kyb;

/// <summary>Wire assertions shared by the KYB tests.</summary>
public static class KybAssert
{
    /// <summary>The request went to <paramref name="path"/> with <paramref name="method"/>, no query string, and the expected headers.</summary>
    public static void Sent(ILogEntry entry, string method, string path, string apiKey = Support.TestHost.ApiKey)
    {
        Assert.Equal((method, path), (entry.RequestMessage!.Method, entry.RequestMessage.Path));
        Assert.True(entry.RequestMessage.Query is null || entry.RequestMessage.Query.Count == 0, "no query string expected");
        Assert.Equal(apiKey, Support.Json.Header(entry, "X-Api-Key"));
        if (method == "POST")
        {
            Assert.False(string.IsNullOrWhiteSpace(Support.Json.Header(entry, "Idempotency-Key")));
            Assert.StartsWith("application/json", Support.Json.Header(entry, "Content-Type"), StringComparison.Ordinal);
        }
        else
        {
            Assert.False(Support.Json.HasHeader(entry, "Idempotency-Key"));
        }
    }
}
