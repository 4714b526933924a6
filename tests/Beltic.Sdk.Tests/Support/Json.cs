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

    public static bool HasHeader(WireMock.Logging.ILogEntry entry, string name)
        => entry.RequestMessage!.Headers!.ContainsKey(name);
}
