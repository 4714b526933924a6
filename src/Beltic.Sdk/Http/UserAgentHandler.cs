using System.Reflection;

namespace Beltic.Http;

/// <summary>Sets <c>User-Agent: beltic-dotnet/&lt;version&gt; (.NET &lt;runtime&gt;)</c>, plus the app id when configured.</summary>
internal sealed class UserAgentHandler(Func<string?> applicationId) : DelegatingHandler
{
    public static readonly string SdkVersion = ReadVersion();

    public static readonly string BaseUserAgent = $"beltic-dotnet/{SdkVersion} (.NET {Environment.Version})";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", For(applicationId()));
        return base.SendAsync(request, cancellationToken);
    }

    // The last application id's header value, so a steady id does not build a new string per call.
    private Cached? _last;

    private string For(string? appId)
    {
        if (string.IsNullOrWhiteSpace(appId))
        {
            return BaseUserAgent;
        }

        if (_last is { } last && last.AppId == appId)
        {
            return last.Value;
        }

        var value = $"{BaseUserAgent} {appId}";
        _last = new Cached(appId, value);   // one reference: readers see a whole pair or the previous one
        return value;
    }

    private sealed record Cached(string AppId, string Value);

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
