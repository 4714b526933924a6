using System.Reflection;

namespace Beltic.Http;

/// <summary>Sets <c>User-Agent: beltic-dotnet/&lt;version&gt; (.NET &lt;runtime&gt;)</c>, plus the app id when configured.</summary>
internal sealed class UserAgentHandler(Func<string?> applicationId) : DelegatingHandler
{
    public static readonly string SdkVersion = ReadVersion();

    public static readonly string BaseUserAgent = $"beltic-dotnet/{SdkVersion} (.NET {Environment.Version})";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.UserAgent.Clear();
        var appId = applicationId();
        var value = string.IsNullOrWhiteSpace(appId) ? BaseUserAgent : $"{BaseUserAgent} {appId}";
        request.Headers.TryAddWithoutValidation("User-Agent", value);
        return base.SendAsync(request, cancellationToken);
    }

    private static string ReadVersion()
    {
        var info = typeof(UserAgentHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(info))
        {
            return typeof(UserAgentHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var plus = info.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? info[..plus] : info;
    }
}
