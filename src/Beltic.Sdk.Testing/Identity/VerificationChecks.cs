using System.Text.Json.Nodes;

namespace Beltic.Testing.Identity;

/// <summary>
/// The checks of a synchronous verification (§6), deterministic from the target's state:
/// <list type="bullet">
/// <item><c>verification/idv</c>: <c>id_front_and_back_received</c> passes with two uploaded files and fails
/// (<c>back_side_missing</c>/<c>front_side_missing</c>) otherwise; <c>id_expired_detection</c> passes unless a file name
/// contains <c>expired</c>; <c>id_barcode_detection</c> is <c>not_applicable</c> (not required).</item>
/// <item><c>verification/address</c>: <c>address_document_submitted</c> and <c>address_document_valid</c>.</item>
/// <item><c>verification/business</c>: <c>business_registered</c> and <c>business_active</c>; a lookup still
/// processing gives <c>requires_retry</c>.</item>
/// </list>
/// The verification passes when no required check failed.
/// </summary>
internal static class VerificationChecks
{
    public static JsonArray Idv(StoredUpload[] uploaded)
    {
        var received = uploaded.Length switch
        {
            >= 2 => Check("id_front_and_back_received", "passed", "required"),
            1 => Check("id_front_and_back_received", "failed", "required", "back_side_missing"),
            _ => Check("id_front_and_back_received", "failed", "required", "front_side_missing", "back_side_missing"),
        };
        var expired = uploaded.Length == 0 ? Check("id_expired_detection", "not_applicable", "required")
            : DocumentContents.LooksExpired(uploaded) ? Check("id_expired_detection", "failed", "required", "document_expired")
            : Check("id_expired_detection", "passed", "required");
        return new JsonArray(received, expired, Check("id_barcode_detection", "not_applicable", "not_required"));
    }

    public static JsonArray Address(StoredResource doc)
    {
        var processed = doc.Str("status") == "processed";
        var valid = doc.Attributes["is_valid"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
        return new JsonArray(
            processed ? Check("address_document_submitted", "passed", "required") : Check("address_document_submitted", "failed", "required", "document_not_submitted"),
            !processed ? Check("address_document_valid", "not_applicable", "required")
                : valid ? Check("address_document_valid", "passed", "required")
                : Check("address_document_valid", "failed", "required", "document_too_old"));
    }

    public static JsonArray Business(StoredResource business)
    {
        if (business.Pending)
        {
            return new JsonArray(Check("business_registered", "failed", "required", "lookup_in_progress"));
        }

        var registered = business.Attributes["is_registered"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
        var status = business.Str("status");
        return new JsonArray(
            registered ? Check("business_registered", "passed", "required") : Check("business_registered", "failed", "required", "not_registered"),
            status == "active" ? Check("business_active", "passed", "required") : Check("business_active", "failed", "required", $"business_{status ?? "unknown"}"));
    }

    /// <summary><c>passed</c>, <c>failed</c>, or <c>requires_retry</c> while a lookup is still running.</summary>
    public static string Outcome(JsonArray checks)
        => checks.Any(c => c?["reasons"] is JsonArray r && r.Any(x => x?.GetValue<string>() == "lookup_in_progress")) ? "requires_retry"
            : checks.Any(c => StoredResource.Text(c, "requirement") == "required" && StoredResource.Text(c, "status") == "failed") ? "failed"
            : "passed";

    private static JsonObject Check(string name, string status, string requirement, params string[] reasons) => new()
    {
        ["name"] = name,
        ["status"] = status,
        ["requirement"] = requirement,
        ["reasons"] = new JsonArray(reasons.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
        ["metadata"] = new JsonObject(),
    };
}
