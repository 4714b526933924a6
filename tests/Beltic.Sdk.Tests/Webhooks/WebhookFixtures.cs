namespace Beltic.Sdk.Tests.Webhooks;

public static class WebhookFixtures
{
    public const string Secret = "whsec_3c90c3cc0d444a0fa1e1c0ffee5ecre7";

    public const string Attributes = """
        "resource_type": "document", "url": "https://example.com/webhooks/documents",
        "subscribed_statuses": ["processed", "failed"], "secret_prefix": "whsec_3c9", "is_active": true,
        "created_at": "2026-05-21T10:30:00Z", "updated_at": "2026-05-22T08:00:00Z"
        """;

    public static string Resource(string id = "3c90c3cc-0d44-4a0f-a1e1-c0ffee000001", string extra = "")
        => $$"""{ "type": "webhook_config", "id": "{{id}}", "attributes": { {{Attributes}}{{extra}} } }""";

    public static string Single(string id = "3c90c3cc-0d44-4a0f-a1e1-c0ffee000001") => $$"""{ "data": {{Resource(id)}} }""";

    /// <summary>The create answer: the secret in the attributes, as the reference says it comes back only here.</summary>
    public static readonly string Created = $$"""{ "data": {{Resource(extra: ", \"secret\": \"" + Secret + "\"")}} }""";

    public static string Page(string? next, params string[] ids)
        => "{ \"data\": [" + string.Join(",", ids.Select(id => Resource(id))) + "], \"meta\": { \"page\": { \"cursors\": { \"end\": "
           + (next is null ? "null" : "\"" + next + "\"") + " }, \"hasNextPage\": " + (next is null ? "false" : "true") + " } } }";
}
