using Beltic.Businesses;
using Beltic.Identity;
using Beltic.Serialization.JsonApi;

namespace Beltic.Screenings;

/// <summary>
/// The Screenings area's JSON:API <c>type</c> strings and the models its responses may include: screenings, and the
/// accounts and businesses they relate to. Other included types are skipped.
/// </summary>
internal static class ScreeningsResources
{
    public const string Prefix = "screening/";
    public const string PoliticallyExposedPerson = "screening/politically-exposed-person";
    public const string Watchlist = "screening/watchlist";
    public const string BusinessWatchlist = "screening/business-watchlist";
    public const string BusinessAdverseMedia = "screening/business-adverse-media";

    public static readonly IncludedTypes Included = new IncludedTypes()
        .Add<Screening>().AddAll(BusinessesResources.Included);

    public static bool IsScreening(string type)
        => type.StartsWith(Prefix, StringComparison.Ordinal) && type.Length > Prefix.Length;
}
