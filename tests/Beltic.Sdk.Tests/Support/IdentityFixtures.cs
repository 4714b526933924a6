namespace Beltic.Sdk.Tests.Support;

/// <summary>Realistic JSON:API responses, shaped like the examples in beltic-api.md §6–7.</summary>
public static class IdentityFixtures
{
    public const string AccountJson = """
    {
      "data": {
        "type": "account",
        "id": "acc_01HQ7Z3K9M",
        "attributes": {
          "external_id": "user_42",
          "entity_type": "person",
          "status": "pending",
          "person": { "name": { "first": "Ada", "middle": null, "last": "Lovelace" }, "birth_date": "1990-12-10" },
          "contact": { "email": "ada@example.com", "phone": "+447700900123" },
          "address": { "line1": "10 Downing St", "locality": "London", "postal_code": "SW1A 2AA", "country_code": "GB" },
          "identity_numbers": [ { "number": "QQ123456C", "issuing_country_code": "GB", "class": "nin", "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-20T10:00:00Z" } ],
          "redacted_at": null,
          "created_at": "2026-11-20T10:00:00Z",
          "updated_at": "2026-11-20T10:00:01Z",
          "risk_tier": "standard"
        },
        "relationships": {
          "sessions": { "data": [] },
          "documents": { "data": [] }
        }
      }
    }
    """;

    public const string SessionJson = """
    {
      "data": {
        "type": "session",
        "id": "ses_01HQ7Z4A2B",
        "attributes": {
          "status": "created",
          "creator_type": "system",
          "creator_id": "org_01HQ",
          "entity_type": "person",
          "person": { "name": { "first": "Ada", "last": "Lovelace" } },
          "identity_numbers": {},
          "behavior_analysis": { "completion_time_seconds": 41.5, "autofill_starts": 1, "autofill_cancels": 0, "bot_score": 0.02, "threat_level": "low", "devtools_open": false, "mouse_entropy": 0.8 },
          "created_at": "2026-11-20T10:00:02Z"
        },
        "relationships": {
          "account": { "data": { "type": "account", "id": "acc_01HQ7Z3K9M" } },
          "documents": { "data": [] },
          "device": { "links": { "related": "/v1/identity/sessions/ses_01HQ7Z4A2B/device" } }
        }
      },
      "included": [
        { "type": "account", "id": "acc_01HQ7Z3K9M", "attributes": { "external_id": "user_42", "status": "pending", "entity_type": "person" } },
        { "type": "session-device", "id": "dev_1", "attributes": { "os": "iOS" } }
      ]
    }
    """;

    /// <summary>A page of one account, with <c>links.next</c> carrying <paramref name="next"/> as <c>page[after]</c> (none when null).</summary>
    public static string AccountPage(string? next, string id = "acc_01HQ7Z3K9M")
    {
        var links = next is null ? "{}" : "{ \"next\": \"/v1/identity/accounts?page%5Bafter%5D=" + next + "\" }";
        return "{ \"data\": [ { \"type\": \"account\", \"id\": \"" + id + "\", \"attributes\": { \"external_id\": \"user_42\", \"status\": \"pending\" } } ], \"links\": " + links + " }";
    }

    /// <summary>The create response of a two-sided ID, with presigned URLs pointing at <paramref name="uploadBase"/>.</summary>
    public static string IdvDocumentJson(string uploadBase) => $$"""
    {
      "data": {
        "type": "document/idv",
        "id": "doc_01HQ7Z5C3D",
        "attributes": {
          "status": "pending",
          "document_type": null,
          "files": [
            { "id": "file_01FRONT", "filename": "front.jpg", "status": "pending_upload" },
            { "id": "file_01BACK", "filename": "back.png", "status": "pending_upload" }
          ],
          "front_side": null, "back_side": null, "portrait": null, "signature": null,
          "created_at": "2026-11-20T10:00:03Z", "submitted_at": null, "processed_at": null
        },
        "relationships": { "session": { "data": { "type": "session", "id": "ses_01HQ7Z4A2B" } } }
      },
      "meta": {
        "files": [
          { "id": "file_01BACK", "presigned_upload_url": "{{uploadBase}}/uploads/file_01BACK?X-Amz-Signature=backsig", "expires_in": 3600 },
          { "id": "file_01FRONT", "presigned_upload_url": "{{uploadBase}}/uploads/file_01FRONT?X-Amz-Signature=frontsig", "expires_in": 3600 }
        ]
      }
    }
    """;

    public const string VerificationJson = """
    {
      "data": {
        "type": "verification/idv",
        "id": "ver_01HQ7Z6E4F",
        "attributes": {
          "status": "failed",
          "created_at": "2026-11-20T10:00:05Z",
          "submitted_at": "2026-11-20T10:00:05Z",
          "completed_at": "2026-11-20T10:00:07Z",
          "redacted_at": null,
          "checks": [
            { "name": "id_expired_detection", "status": "passed", "reasons": [], "requirement": "required", "metadata": {} },
            { "name": "id_portrait_match", "status": "failed", "reasons": ["portrait_mismatch"], "requirement": "required", "metadata": { "similarity": 0.41 } },
            { "name": "id_barcode_detection", "status": "not_applicable", "reasons": [], "requirement": "not_required", "metadata": {} }
          ]
        },
        "relationships": {
          "session": { "data": { "type": "session", "id": "ses_01HQ7Z4A2B" } },
          "document": { "data": { "type": "document/idv", "id": "doc_01HQ7Z5C3D" } }
        }
      }
    }
    """;

    public const string Validation422Json = """
    {
      "errors": [
        { "status": "422", "code": "invalid_attribute", "title": "Invalid attribute", "detail": "external_id has already been taken", "source": { "pointer": "/data/attributes/external_id" } },
        { "status": "422", "code": "blank", "title": "Invalid attribute", "detail": "entity_type can't be blank", "source": { "pointer": "/data/attributes/entity_type" } }
      ],
      "meta": { "request_id": "req_01HQ422" }
    }
    """;
}
