using System.Globalization;
using System.Text.Json.Nodes;
using Beltic.Testing.Identity;

namespace Beltic.Testing.Kyb;

/// <summary>
/// The fake's watchlists, deterministic: a person named exactly <c>John Doe</c> (an exact-name match), or any person or
/// business whose name contains <c>sanction</c> (a partial match), is on the list of the screening's type — the PEP
/// register, the sanctions list (watchlist and business watchlist) or the adverse-media index. A query birthdate is
/// echoed on the matched entity and adds the <c>birthdate</c> match type. Everyone else is clear.
/// </summary>
internal static class ScreeningMatcher
{
    public static JsonArray Match(string type, JsonObject query)
    {
        var isPerson = type is "screening/politically-exposed-person" or "screening/watchlist";
        var name = isPerson
            ? $"{StoredResource.Text(query, "name_first")} {StoredResource.Text(query, "name_last")}".Trim()
            : StoredResource.Text(query, "name") ?? string.Empty;
        var exact = isPerson && string.Equals(name, "John Doe", StringComparison.OrdinalIgnoreCase);
        if (!exact && !name.Contains("sanction", StringComparison.OrdinalIgnoreCase))
        {
            return new JsonArray();
        }

        var (listName, listType, slug) = type switch
        {
            "screening/politically-exposed-person" => ("Fake politically exposed persons register", "pep", "fake-pep"),
            "screening/business-adverse-media" => ("Fake adverse media index", "adverse_media", "fake-adverse-media"),
            _ => ("Fake OFAC SDN list", "sanction", "fake-ofac-sdn"),
        };
        var entity = new JsonObject { ["name"] = name.ToUpperInvariant(), ["alias_type"] = "primary", ["birthdates"] = new JsonArray(), ["birthdate"] = null };
        var matchTypes = new JsonArray(exact ? "name_exact" : "name_partial");
        if (StoredResource.Text(query, "birthdate") is { } birthdate
            && DateOnly.TryParseExact(birthdate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            entity["birthdate"] = birthdate;
            entity["birthdates"] = new JsonArray(new JsonObject { ["day"] = date.Day, ["month"] = date.Month, ["year"] = date.Year, ["granularity"] = "day" });
            matchTypes.Add((JsonNode)JsonValue.Create("birthdate"));
        }

        var country = StoredResource.Text(query, "country_code") ?? "US";
        return new JsonArray(new JsonObject
        {
            ["name"] = listName,
            ["url"] = $"https://lists.fake.beltic.test/{slug}",
            ["list_type"] = listType,
            ["list_types"] = new JsonArray(listType),
            ["slug"] = slug,
            ["flag_code"] = country,
            ["country_code"] = country,
            ["entities"] = new JsonArray(entity),
            ["match_types"] = matchTypes,
        });
    }
}
