using System.Text.Json.Nodes;
using Beltic.Testing.Identity;

namespace Beltic.Testing.Kyb;

/// <summary>
/// The fake company registry behind business lookups (§7). Every lookup finds a registered, active company named
/// after the input (upper-cased), except: a name containing <c>unregistered</c> is not found
/// (<c>is_registered: false</c>), and one containing <c>dissolved</c> is <c>dissolved</c>.
/// </summary>
internal static class BusinessRegistry
{
    public static JsonObject Lookup(string country, string? name, string? number, string? address, string idDigits)
    {
        var registered = name?.Contains("unregistered", StringComparison.OrdinalIgnoreCase) != true;
        var dissolved = name?.Contains("dissolved", StringComparison.OrdinalIgnoreCase) == true;
        var a = Empty();
        a["is_registered"] = registered;
        a["async_status"] = "completed";
        if (!registered)
        {
            return a;
        }

        var currency = country switch { "US" => "USD", "GB" => "GBP", "BR" => "BRL", _ => "EUR" };
        var formatted = address ?? $"1 Registry Road, Testville, {country}";
        var registeredAddress = new JsonObject
        {
            ["formatted_address"] = formatted, ["street"] = formatted.Split(',')[0].Trim(), ["street2"] = null, ["po_box"] = null,
            ["city"] = "Testville", ["state_or_province"] = null, ["postal_code"] = "00000", ["country"] = country,
            ["latitude"] = 0.0, ["longitude"] = 0.0, ["start_date"] = "2015-03-14", ["end_date"] = null, ["translation"] = null,
        };
        a["official_name"] = name?.ToUpperInvariant() ?? $"FAKE COMPANY {number ?? idDigits}";
        a["status"] = dissolved ? "dissolved" : "active";
        a["legal_form"] = country switch
        {
            "US" => "Limited Liability Company",
            "GB" => "Private Limited Company",
            "BR" => "Sociedade Limitada",
            _ => "Limited Company",
        };
        a["registration_date"] = "2015-03-14";
        a["dissolution_date"] = dissolved ? "2023-06-30" : null;
        a["registered_address"] = registeredAddress;
        a["physical_address"] = registeredAddress.DeepClone();
        a["identifiers"] = new JsonArray(new JsonObject { ["type"] = "registration_number", ["value"] = number ?? idDigits });
        a["industry"] = new JsonArray(new JsonObject
        {
            ["code"] = "62010", ["description"] = "Computer programming activities", ["system"] = "SIC", ["is_primary"] = true, ["translation"] = null,
        });
        a["capital"] = new JsonObject
        {
            ["registered"] = new JsonObject { ["amount"] = 1000.00m, ["currency"] = currency },
            ["paid_up"] = new JsonObject { ["amount"] = 1000.00m, ["currency"] = currency },
        };
        return a;
    }

    /// <summary>The record while the lookup runs: every member null, <c>async_status: processing</c>.</summary>
    public static JsonObject Processing()
    {
        var a = Empty();
        a["async_status"] = "processing";
        return a;
    }

    private static JsonObject Empty()
    {
        var a = new JsonObject();
        foreach (var name in (string[])["is_registered", "official_name", "status", "legal_form", "registration_date", "dissolution_date", "translation",
            "registered_address", "physical_address", "capital"])
        {
            a[name] = null;
        }

        a["identifiers"] = new JsonArray();
        a["industry"] = new JsonArray();
        return a;
    }

    /// <summary>Copies a finished record into a stored business (caller holds its gate).</summary>
    public static void Fill(StoredResource business, JsonObject attributes)
    {
        foreach (var (name, value) in attributes)
        {
            business.Attributes[name] = value?.DeepClone();
        }
    }
}
