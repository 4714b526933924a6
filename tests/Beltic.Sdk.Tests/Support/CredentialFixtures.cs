namespace Beltic.Sdk.Tests.Support;

public static class CredentialFixtures
{
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
