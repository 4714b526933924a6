using System.Globalization;
using System.Text.Json.Nodes;

namespace Beltic.Testing.Identity;

/// <summary>
/// What the fake "reads" from an uploaded identity document: the person and address of the linked account when there
/// is one (Alex Sample, 1 Fake Street otherwise). Deterministic: a file whose name contains <c>expired</c> makes an
/// ID expired and a proof of address too old (issued 200 days ago). Callers hold the document's gate.
/// </summary>
internal static class DocumentContents
{
    public static bool LooksExpired(IEnumerable<StoredUpload> files)
        => files.Any(f => f.FileName.Contains("expired", StringComparison.OrdinalIgnoreCase));

    public static void ReadIdv(StoredResource doc, StoredUpload[] uploaded, JsonObject? person, DateTimeOffset now)
    {
        var twoSided = uploaded.Length >= 2;
        var expired = LooksExpired(uploaded);
        var a = doc.Attributes;
        a["document_type"] = twoSided ? "drivers_license" : "passport";
        a["front_side"] = new JsonObject
        {
            ["document_number"] = "D" + Digits(doc.Id, 7),
            ["first_name"] = StoredResource.Text(person?["name"], "first") ?? "Alex",
            ["last_name"] = StoredResource.Text(person?["name"], "last") ?? "Sample",
            ["date_of_birth"] = StoredResource.Text(person, "birth_date") ?? "1990-01-01",
            ["expiration_date"] = Date(now.AddYears(expired ? -1 : 4)),
            ["issuing_country"] = StoredResource.Text(person?["address"], "country_code") ?? "US",
        };
        a["back_side"] = twoSided ? new JsonObject { ["barcode_detected"] = false } : null;
        a["portrait"] = new JsonObject { ["detected"] = true };
        a["signature"] = new JsonObject { ["detected"] = true };
        Processed(doc, now);
    }

    public static void ReadAddress(StoredResource doc, StoredUpload[] uploaded, JsonObject? person, DateTimeOffset now)
    {
        var stale = LooksExpired(uploaded);
        var name = person?["name"] as JsonObject;
        var address = person?["address"] as JsonObject;
        var a = doc.Attributes;
        a["classification_type"] = "utility_bill";
        a["is_valid"] = !stale;
        a["reasoning"] = stale
            ? "A utility bill issued more than 90 days ago: too old to prove the current address."
            : "A utility bill issued within the last 90 days, showing the holder's name and address.";
        a["name"] = new JsonObject
        {
            ["first"] = StoredResource.Text(name, "first") ?? "Alex",
            ["middle"] = StoredResource.Text(name, "middle"),
            ["last"] = StoredResource.Text(name, "last") ?? "Sample",
        };
        a["document_number"] = "INV-" + Digits(doc.Id, 8);
        a["issue_date"] = Date(now.AddDays(stale ? -200 : -10));
        a["expiry_date"] = null;
        a["issuing_authority"] = "Fake Power & Light";
        a["address"] = new JsonObject
        {
            ["line1"] = StoredResource.Text(address, "line1") ?? "1 Fake Street",
            ["line2"] = StoredResource.Text(address, "line2"),
            ["city"] = StoredResource.Text(address, "locality") ?? "Testville",
            ["subdivision"] = StoredResource.Text(address, "administrative_area") ?? "CA",
            ["postal_code"] = StoredResource.Text(address, "postal_code") ?? "94000",
            ["country_code"] = StoredResource.Text(address, "country_code") ?? "US",
        };
        a["nationality"] = null;
        Processed(doc, now);
    }

    private static void Processed(StoredResource doc, DateTimeOffset now)
    {
        doc.Attributes["status"] = "processed";
        doc.Attributes["submitted_at"] ??= Hosting.FakeHttp.Iso(now);
        doc.Attributes["processed_at"] = Hosting.FakeHttp.Iso(now);
    }

    private static string Date(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Stable digits derived from an id, so the same document always reads the same number.</summary>
    private static string Digits(string id, int count)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id));
        return string.Concat(hash.Take(count).Select(b => (char)('0' + (b % 10))));
    }
}
