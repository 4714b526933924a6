namespace Beltic.Sdk.Tests.Kyb;

/// <summary>Realistic KYB answers, shaped like the examples in beltic-api.md §7 (businesses, screenings).</summary>
public static class KybFixtures
{
    /// <summary>The business resource object (no envelope), as the create reference shows it.</summary>
    public const string BusinessResource = """
    {
      "type": "business",
      "id": "biz_01HQ9A7K2M",
      "attributes": {
        "is_registered": true,
        "official_name": "WIDGETCORP INC.",
        "status": "active",
        "legal_form": "Corporation",
        "registration_date": "2015-03-01",
        "dissolution_date": null,
        "translation": { "official_name": { "en": "WidgetCorp Inc." } },
        "registered_address": {
          "formatted_address": "1 Main St, Suite 2, PO Box 77, Springfield, IL 62701, US",
          "street": "1 Main St", "street2": "Suite 2", "po_box": "PO Box 77", "city": "Springfield", "state_or_province": "IL",
          "postal_code": "62701", "country": "US", "latitude": 39.7817, "longitude": "-89.6501",
          "start_date": "2015-03-01", "end_date": null, "translation": { "street": { "es": "Calle Principal 1" } }
        },
        "physical_address": {
          "formatted_address": "500 Market St, San Francisco, CA 94105, US",
          "street": "500 Market St", "city": "San Francisco", "state_or_province": "CA", "postal_code": "94105", "country": "US",
          "latitude": null, "longitude": null, "start_date": "2019-06-01", "end_date": "2024-12-31"
        },
        "identifiers": [ { "type": "registration_number", "value": "5551234" }, { "type": "ein", "value": "12-3456789" } ],
        "industry": [
          { "code": "541511", "description": "Custom Computer Programming Services", "system": "NAICS", "is_primary": true, "translation": null },
          { "code": "7372", "description": "Prepackaged Software", "system": "SIC", "is_primary": false }
        ],
        "capital": { "registered": { "amount": 100000, "currency": "USD" }, "paid_up": { "amount": "25000.50", "currency": "USD" } },
        "officers": [ { "name": "Ada Lovelace", "role": "director" } ]
      },
      "relationships": { "session": { "data": { "type": "session", "id": "ses_01HQ7Z4A2B" } } }
    }
    """;

    /// <summary>The same record in the JSON:API envelope, with an included session.</summary>
    public const string BusinessJson = "{ \"data\": " + BusinessResource + """
    , "included": [ { "type": "session", "id": "ses_01HQ7Z4A2B", "attributes": { "status": "pending", "entity_type": "business" } } ] }
    """;

    /// <summary>A lookup still running (asynchronous, or a synchronous one that ran past 45 s).</summary>
    public const string ProcessingResource = """
    { "type": "business", "id": "biz_01HQ9B", "attributes": { "async_status": "processing", "official_name": null, "identifiers": [] } }
    """;

    public const string ProcessingJson = "{ \"data\": " + ProcessingResource + " }";

    /// <summary>The finished record of <see cref="ProcessingResource"/>.</summary>
    public const string CompletedJson = """
    { "data": { "type": "business", "id": "biz_01HQ9B", "attributes": { "async_status": "completed", "is_registered": true, "official_name": "ZZ TEST HOLDINGS" } } }
    """;

    public static string BusinessPage(string? next, params string[] ids) => Page("business", next, ids, """{ "official_name": "Co" }""");

    public static string ScreeningPage(string? next, params string[] ids) => Page("screening/watchlist", next, ids, """{ "status": "completed", "has_match": false }""");

    /// <summary>A page whose paging facts are in <c>meta.page_info</c>, as the screenings list reference shows.</summary>
    private static string Page(string type, string? next, string[] ids, string attributes)
        => $$"""
        { "data": [ {{string.Join(", ", ids.Select(id => $$"""{ "type": "{{type}}", "id": "{{id}}", "attributes": {{attributes}} }"""))}} ],
          "meta": { "page_info": { "cursors": { "start": "s_{{ids[0]}}", "end": {{(next is null ? "null" : $"\"{next}\"")}} }, "hasNextPage": {{(next is null ? "false" : "true")}}, "hasPreviousPage": false } } }
        """;

    /// <summary>A synchronous PEP screening that matched one list, with one partial error.</summary>
    public const string ScreeningJson = """
    {
      "data": {
        "type": "screening/politically-exposed-person",
        "id": "scr_01HQA1",
        "attributes": {
          "status": "completed",
          "execution_mode": "sync",
          "query": { "name_first": "John", "name_last": "Doe", "birthdate": "1985-01-15", "country_code": "US" },
          "has_match": true,
          "created_at": "2026-11-20T10:00:00Z",
          "started_at": "2026-11-20T10:00:01Z",
          "completed_at": "2026-11-20T10:00:03Z",
          "matched_lists": [
            {
              "name": "US Congress Members", "url": "https://www.congress.gov/members", "list_type": "pep",
              "list_types": [ "pep", "pep-class-1" ], "slug": "us-congress", "flag_code": "US", "country_code": "US",
              "entities": [
                {
                  "name": "John Doe", "alias_type": "primary",
                  "birthdates": [ { "day": 15, "month": 1, "year": 1985, "granularity": "day" }, { "day": null, "month": null, "year": "1984", "granularity": "year" } ],
                  "birthdate": "1985-01-15"
                },
                { "name": "Johnny Doe", "alias_type": "aka", "birthdates": [] }
              ],
              "match_types": [ "name_exact", "birthdate" ]
            }
          ],
          "errors": [ { "code": "source_unavailable", "message": "EU PEP list could not be searched", "details": { "list": "eu-pep", "retry": true } } ],
          "ignore_list": [ { "slug": "internal-allowlist" } ],
          "risk_score": 87
        },
        "relationships": {
          "account": { "data": { "type": "account", "id": "acc_01HQ7Z3K9M" } },
          "business": { "data": null }
        }
      },
      "included": [ { "type": "account", "id": "acc_01HQ7Z3K9M", "attributes": { "external_id": "user_42", "status": "active" } } ]
    }
    """;

    /// <summary>An asynchronous screening that has not run yet.</summary>
    public static string PendingScreeningJson(string type = "screening/watchlist", string id = "scr_01HQB2") => $$"""
    { "data": { "type": "{{type}}", "id": "{{id}}",
        "attributes": { "status": "pending", "execution_mode": "async", "has_match": null, "matched_lists": [], "errors": [], "created_at": "2026-11-20T10:00:00Z", "completed_at": null },
        "relationships": { "business": { "data": { "type": "business", "id": "biz_01HQ9A7K2M" } } } } }
    """;

    public static string CompletedScreeningJson(string id = "scr_01HQB2") => $$"""
    { "data": { "type": "screening/watchlist", "id": "{{id}}",
        "attributes": { "status": "completed", "execution_mode": "async", "has_match": false, "matched_lists": [], "errors": [], "completed_at": "2026-11-20T10:00:09Z" } } }
    """;

    /// <summary>A 422 with JSON:API errors and pointers into the request.</summary>
    public static string Validation422(params (string Code, string Detail, string Pointer)[] errors) => $$"""
    { "errors": [ {{string.Join(", ", errors.Select(e => $$"""{ "status": "422", "code": "{{e.Code}}", "title": "Invalid", "detail": "{{e.Detail}}", "source": { "pointer": "{{e.Pointer}}" } }"""))}} ],
      "meta": { "request_id": "req_01HQ422" } }
    """;
}
