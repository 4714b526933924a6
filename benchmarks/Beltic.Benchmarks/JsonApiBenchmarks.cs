using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Beltic.Identity;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.Benchmarks;

/// <summary>
/// What the JSON:API mapping costs on top of reading the response: the envelope alone (System.Text.Json, source
/// generated) versus envelope + mapping to models, for a session with an included account and a 50-item page.
/// </summary>
[MemoryDiagnoser]
public class JsonApiBenchmarks
{
    private byte[] _session = [];
    private byte[] _page = [];

    [GlobalSetup]
    public void Setup()
    {
        _session = Encoding.UTF8.GetBytes("""
        { "data": { "type": "session", "id": "ses_01HQ7Z4A2B",
            "attributes": { "status": "approved", "creator_type": "system", "entity_type": "person",
              "person": { "name": { "first": "Ada", "last": "Lovelace" }, "birth_date": "1990-12-10" },
              "behavior_analysis": { "completion_time_seconds": 41.5, "bot_score": 0.02, "threat_level": "low", "devtools_open": false },
              "created_at": "2026-11-20T10:00:02Z" },
            "relationships": { "account": { "data": { "type": "account", "id": "acc_01HQ7Z3K9M" } }, "documents": { "data": [ { "type": "document/idv", "id": "doc_1" } ] } } },
          "included": [ { "type": "account", "id": "acc_01HQ7Z3K9M", "attributes": { "external_id": "user_42", "status": "active", "entity_type": "person" } } ] }
        """);

        var items = string.Join(",", Enumerable.Range(0, 50).Select(i => $$"""
            { "type": "verification/idv", "id": "ver_{{i}}", "attributes": { "status": "passed", "created_at": "2026-11-20T10:00:05Z",
              "checks": [ { "name": "id_expired_detection", "status": "passed", "reasons": [], "requirement": "required", "metadata": {} },
                          { "name": "id_portrait_match", "status": "passed", "reasons": [], "requirement": "required", "metadata": { "similarity": 0.93 } } ] },
              "relationships": { "session": { "data": { "type": "session", "id": "ses_{{i}}" } }, "document": { "data": { "type": "document/idv", "id": "doc_{{i}}" } } } }
            """));
        _page = Encoding.UTF8.GetBytes($$"""{ "data": [ {{items}} ], "meta": { "page": { "size": 50, "hasNext": true, "total": 500 } }, "links": { "next": "/v1/identity/verifications?page%5Bafter%5D=abc" } }""");
    }

    [Benchmark(Baseline = true)]
    public object Session_envelope_only() => JsonSerializer.Deserialize(_session, BelticJsonContext.Default.JsonApiDocument)!;

    [Benchmark]
    public Session Session_mapped() => JsonApiMapper.ReadSingle<Session>(JsonSerializer.Deserialize(_session, BelticJsonContext.Default.JsonApiDocument)!, IdentityResources.Included);

    [Benchmark]
    public object Page50_envelope_only() => JsonSerializer.Deserialize(_page, BelticJsonContext.Default.JsonApiDocument)!;

    [Benchmark]
    public BelticPage<Beltic.Identity.Verification> Page50_mapped() => JsonApiMapper.ReadPage<Beltic.Identity.Verification>(JsonSerializer.Deserialize(_page, BelticJsonContext.Default.JsonApiDocument)!, IdentityResources.Included);
}
