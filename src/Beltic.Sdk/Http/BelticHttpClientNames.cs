namespace Beltic.Http;

/// <summary>
/// Names of the SDK's IHttpClientFactory clients: <c>Beltic.Api</c>, <c>Beltic.Public</c>, <c>Beltic.HostRoot</c>
/// and <c>Beltic.Upload</c> for the default client, suffixed with <c>.{name}</c> for a named one
/// (<c>AddBeltic("tenant-a", …)</c> → <c>Beltic.Api.tenant-a</c>).
/// </summary>
internal static class BelticHttpClientNames
{
    public const string Api = "Beltic.Api";

    public const string Public = "Beltic.Public";

    public const string HostRoot = "Beltic.HostRoot";

    public const string Upload = "Beltic.Upload";

    public static readonly BelticPipeline[] All = Enum.GetValues<BelticPipeline>();

    public static string For(BelticPipeline pipeline, string clientName)
    {
        var baseName = pipeline switch
        {
            BelticPipeline.Api => Api,
            BelticPipeline.Public => Public,
            BelticPipeline.HostRoot => HostRoot,
            _ => Upload,
        };
        return clientName.Length == 0 ? baseName : baseName + "." + clientName;
    }
}
