using Beltic.Credentials;

namespace Beltic.Sdk.Tests.Support;

public static class CredentialFixtures
{
    /// <summary>A minimal business credential to issue.</summary>
    public static CredentialIssueOptions Business() => CredentialIssueOptions.Business(
        new CredentialSubject("biz_widgetcorp", SubjectType.Organisation) { Name = "WidgetCorp Ltd" },
        new BusinessClaims("US-DE") { KybStatus = "approved" });

    /// <summary>A credential list page: <c>{ items, pagination }</c>.</summary>
    public static string Page(string? next, params string[] ids)
    {
        var items = string.Join(",", ids.Select(id => CredentialJson.Replace("cred_01HQ7P4M6ABC", id, StringComparison.Ordinal)));
        var cursor = next is null ? "null" : "\"" + next + "\"";
        var more = next is null ? "false" : "true";
        return "{ \"items\": [" + items + "], \"pagination\": { \"next_cursor\": " + cursor + ", \"has_more\": " + more + ", \"prev_cursor\": null, \"total\": 9 } }";
    }

    public const string CredentialJson = """
    {
      "id": "cred_01HQ7P4M6ABC",
      "credential_id": "cred_01HQ7P4M6ABC",
      "credential_type": "business",
      "status": "active",
      "subject": { "id": "biz_widgetcorp", "type": "organisation", "name": "WidgetCorp Ltd" },
      "claims": { "kyb_status": "approved", "verified_at": "2026-05-20T00:00:00Z", "jurisdiction": "US-DE" },
      "issuer_did": "did:web:beltic.com",
      "status_list_index": 4287,
      "kid": "K8L9",
      "signed_payload": "eyJhbGciOiJFUzI1NiJ9.e30.sig",
      "evidence_refs": ["evidence:ev_1"],
      "issued_at": "2026-05-21T10:30:00Z",
      "expires_at": "2027-05-20T00:00:00Z",
      "updated_at": "2026-05-21T10:30:00Z",
      "created_via": "api",
      "developer_id": "dev_1",
      "some_future_field": { "x": 1 }
    }
    """;
}
