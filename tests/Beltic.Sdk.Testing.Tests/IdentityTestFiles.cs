using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Beltic.Testing;

namespace Beltic.Sdk.Testing.Tests;

/// <summary>Stand-in document bytes (real magic numbers, deterministic noise) and a raw HTTP client for the fake.</summary>
internal static class IdentityTestFiles
{
    public static byte[] Jpeg(int size, int seed = 1) => WithHead(size, seed, [0xFF, 0xD8, 0xFF, 0xE0]);

    public static byte[] Png(int size, int seed = 2) => WithHead(size, seed, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

    public static byte[] Pdf(int size, int seed = 3) => WithHead(size, seed, "%PDF-1.7\n"u8.ToArray());

    public static FileUpload Upload(byte[] bytes, string name, string type) => FileUpload.FromStream(new MemoryStream(bytes), name, type);

    /// <summary>An HttpClient that reaches the fake without the SDK (for what the SDK refuses to send).</summary>
    public static HttpClient Raw(BelticFake fake, string? apiKey = null)
    {
        var client = new HttpClient(fake.CreateHandler()) { BaseAddress = fake.HostAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public static async Task<(int Status, JsonNode? Body)> PostJsonAsync(HttpClient client, string path, string json)
    {
        using var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<int> PutAsync(HttpClient client, Uri url, byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PutAsync(url, content);
        return (int)response.StatusCode;
    }

    private static byte[] WithHead(int size, int seed, byte[] head)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        head.CopyTo(bytes, 0);
        return bytes;
    }
}
