using Beltic.Testing;

namespace Beltic.Quickstart;

/// <summary>
/// Where the story runs: an in-process fake Beltic on 127.0.0.1 (the default: no account, no network), or the endpoint
/// given with <c>--base-url</c>, authenticated with <c>BELTIC_API_KEY</c>.
/// </summary>
internal sealed class Target : IAsyncDisposable
{
    private Target(BelticClient client, BelticFake? fake, string description)
    {
        Client = client;
        Fake = fake;
        Description = description;
    }

    public BelticClient Client { get; }

    /// <summary>The fake, when the story runs on it (for the one injected 429 and the stand-in reviewer); null against a real endpoint.</summary>
    public BelticFake? Fake { get; }

    public string Description { get; }

    /// <summary>Reads the arguments; null (after printing why) when they are wrong.</summary>
    public static async Task<Target?> StartAsync(string[] args)
    {
        string? baseUrl = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--base-url" when i + 1 < args.Length:
                    baseUrl = args[++i];
                    break;
                case var a when a.StartsWith("--base-url=", StringComparison.Ordinal):
                    baseUrl = a["--base-url=".Length..];
                    break;
                default:
                    Console.Error.WriteLine("Usage: dotnet run --project samples/Beltic.Quickstart [-- --base-url https://api.beltic.com/v1]");
                    Console.Error.WriteLine("With --base-url, BELTIC_API_KEY must hold an sk_staging_… or sk_production_… key.");
                    return null;
            }
        }

        if (baseUrl is null)
        {
            var fake = await BelticFake.StartAsync(new BelticFakeOptions { WorkflowReviewTime = TimeSpan.FromSeconds(1.5) });
            return new Target(fake.CreateClient(), fake, $"a fake Beltic at {fake.BaseAddress} (Beltic.Sdk.Testing)");
        }

        var key = Environment.GetEnvironmentVariable("BELTIC_API_KEY");
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || string.IsNullOrWhiteSpace(key))
        {
            Console.Error.WriteLine(string.IsNullOrWhiteSpace(key)
                ? "--base-url needs your API key in BELTIC_API_KEY."
                : $"--base-url '{baseUrl}' is not an absolute URL such as https://api.beltic.com/v1.");
            return null;
        }

        return new Target(new BelticClient(new BelticClientOptions { ApiKey = key, BaseAddress = uri }), null, uri.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (Fake is not null)
        {
            await Fake.DisposeAsync();
        }
    }
}
