using System.Text.Json;

namespace Beltic.Sdk.Tests.Support;

public static class Json
{
    public static JsonElement Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

    /// <summary>Re-indents JSON for stable snapshots.</summary>
    public static string Pretty(string json)
        => JsonSerializer.Serialize(Parse(json), new JsonSerializerOptions { WriteIndented = true });

    public static string Header(WireMock.Logging.ILogEntry entry, string name)
        => entry.RequestMessage!.Headers!.TryGetValue(name, out var v) ? v.ToString()! : throw new Xunit.Sdk.XunitException($"Header {name} was not sent.");

    /// <summary>The request body as text, whether WireMock stored it as text or bytes.</summary>
    public static string Body(WireMock.Logging.ILogEntry entry)
        => entry.RequestMessage!.Body ?? System.Text.Encoding.Latin1.GetString(entry.RequestMessage.BodyAsBytes ?? []);

    public static bool HasHeader(WireMock.Logging.ILogEntry entry, string name)
        => entry.RequestMessage!.Headers!.ContainsKey(name);
}
