using Beltic.Serialization.JsonApi;

namespace Beltic.WebsiteChecks;

/// <summary>The Website checks area's JSON:API <c>type</c> and the models its responses may include.</summary>
internal static class WebsiteChecksResources
{
    public const string WebsiteCheck = "website-check";

    public static readonly IncludedTypes Included = new IncludedTypes().Add<WebsiteCheck>();

    /// <summary>
    /// The answer's type is undocumented: besides <c>website-check</c>, accept the spellings Beltic uses elsewhere
    /// (<c>webhook_config</c> has an underscore) and subtypes, rather than refuse an answer that is plainly a check.
    /// </summary>
    public static bool IsWebsiteCheck(string type)
        => type is WebsiteCheck or "website_check" || type.StartsWith(WebsiteCheck + "/", StringComparison.Ordinal);
}
