using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace Beltic.Identity.Quickstart;

/// <summary>
/// A stand-in for the Beltic Identity API and its presigned file storage on 127.0.0.1 (WireMock.Net). It answers in
/// JSON:API like the real API, records the uploaded bytes, and passes the ID checks once both sides have arrived.
/// </summary>
internal sealed class LocalIdentityApi : IDisposable
{
    private const string AccountId = "acc_01HQLOCAL";
    private const string SessionId = "ses_01HQLOCAL";
    private const string DocumentId = "doc_01HQLOCAL";
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HashSet<string> _uploaded = [];
    private readonly HashSet<string> _externalIds = [];
    private long _uploadedBytes;
    private bool _approved;

    public LocalIdentityApi()
    {
        Url = _server.Url!;
        _server.Given(Request.Create().WithPath("/v1/identity/accounts").UsingPost()).RespondWith(Response.Create().WithCallback(CreateAccount));
        _server.Given(Request.Create().WithPath("/v1/identity/sessions").UsingPost()).RespondWith(Response.Create().WithCallback(_ => Json(201, Session())));
        _server.Given(Request.Create().WithPath($"/v1/identity/sessions/{SessionId}").UsingGet()).RespondWith(Response.Create().WithCallback(_ => Json(200, Session(includeAccount: true))));
        _server.Given(Request.Create().WithPath("/v1/identity/documents/idvs").UsingPost()).RespondWith(Response.Create().WithCallback(CreateDocument));
        _server.Given(Request.Create().WithPath("/storage/*").UsingPut()).RespondWith(Response.Create().WithCallback(Store));
        _server.Given(Request.Create().WithPath("/v1/identity/verifications").UsingPost()).RespondWith(Response.Create().WithCallback(_ => Json(201, Verification())));
    }

    public string Url { get; }

    public long UploadedBytes => Interlocked.Read(ref _uploadedBytes);

    /// <summary>Whether any request to the storage URLs carried the Beltic API key (it must not).</summary>
    public bool ApiKeyReachedStorage { get; private set; }

    private ResponseMessage CreateAccount(IRequestMessage request)
    {
        var attributes = JsonNode.Parse(request.Body!)!["data"]!["attributes"]!;
        var externalId = attributes["external_id"]!.GetValue<string>();
        if (!_externalIds.Add(externalId))
        {
            return Json(422, new JsonObject
            {
                ["errors"] = new JsonArray(new JsonObject
                {
                    ["status"] = "422", ["code"] = "taken", ["title"] = "Invalid attribute",
                    ["detail"] = "external_id has already been taken", ["source"] = new JsonObject { ["pointer"] = "/data/attributes/external_id" },
                }),
            });
        }

        return Json(201, new JsonObject { ["data"] = Account(attributes) });
    }

    private static JsonObject Account(JsonNode? attributes = null)
    {
        var a = attributes?.DeepClone().AsObject() ?? new JsonObject { ["external_id"] = "user_42", ["entity_type"] = "person" };
        a["status"] = "pending";
        a["created_at"] = DateTimeOffset.UtcNow.ToString("O");
        return new JsonObject
        {
            ["type"] = "account", ["id"] = AccountId, ["attributes"] = a,
            ["relationships"] = new JsonObject { ["sessions"] = new JsonObject { ["data"] = new JsonArray(Ref("session", SessionId)) } },
        };
    }

    private JsonObject Session(bool includeAccount = false)
    {
        var document = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["type"] = "session", ["id"] = SessionId,
                ["attributes"] = new JsonObject { ["status"] = _approved ? "approved" : "created", ["entity_type"] = "person", ["creator_type"] = "system" },
                ["relationships"] = new JsonObject { ["account"] = new JsonObject { ["data"] = Ref("account", AccountId) } },
            },
        };
        if (includeAccount)
        {
            document["included"] = new JsonArray(Account());
        }

        return document;
    }

    private ResponseMessage CreateDocument(IRequestMessage request)
    {
        var files = JsonNode.Parse(request.Body!)!["data"]!["attributes"]!["files"]!.AsArray();
        var declared = new JsonArray();
        var uploads = new JsonArray();
        for (var i = 0; i < files.Count; i++)
        {
            var fileId = $"file_{i + 1:00}";
            declared.Add(new JsonObject { ["id"] = fileId, ["filename"] = files[i]!["filename"]!.GetValue<string>(), ["status"] = "pending_upload" });
            uploads.Add(new JsonObject { ["id"] = fileId, ["presigned_upload_url"] = $"{Url}/storage/{DocumentId}/{fileId}?X-Amz-Signature=local", ["expires_in"] = 3600 });
        }

        return Json(201, new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["type"] = "document/idv", ["id"] = DocumentId,
                ["attributes"] = new JsonObject { ["status"] = "pending", ["document_type"] = null, ["files"] = declared, ["created_at"] = DateTimeOffset.UtcNow.ToString("O") },
                ["relationships"] = new JsonObject { ["session"] = new JsonObject { ["data"] = Ref("session", SessionId) } },
            },
            ["meta"] = new JsonObject { ["files"] = uploads },
        });
    }

    private ResponseMessage Store(IRequestMessage request)
    {
        ApiKeyReachedStorage |= request.Headers?.ContainsKey("X-Api-Key") == true;
        lock (_uploaded)
        {
            _uploaded.Add(request.Path);
        }

        Interlocked.Add(ref _uploadedBytes, request.BodyAsBytes?.Length ?? 0);
        return new ResponseMessage { StatusCode = 200 };
    }

    private JsonObject Verification()
    {
        bool bothSides;
        lock (_uploaded)
        {
            bothSides = _uploaded.Count >= 2;
        }

        _approved = bothSides;
        JsonObject Check(string name, string status, string requirement, params string[] reasons) => new()
        {
            ["name"] = name, ["status"] = status, ["requirement"] = requirement,
            ["reasons"] = new JsonArray(reasons.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()), ["metadata"] = new JsonObject(),
        };

        return new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["type"] = "verification/idv", ["id"] = "ver_01HQLOCAL",
                ["attributes"] = new JsonObject
                {
                    ["status"] = bothSides ? "passed" : "failed",
                    ["created_at"] = DateTimeOffset.UtcNow.ToString("O"),
                    ["completed_at"] = DateTimeOffset.UtcNow.ToString("O"),
                    ["checks"] = new JsonArray(
                        Check("id_front_and_back_received", bothSides ? "passed" : "failed", "required", bothSides ? [] : ["missing_side"]),
                        Check("id_expired_detection", "passed", "required"),
                        Check("id_barcode_detection", "not_applicable", "not_required")),
                },
                ["relationships"] = new JsonObject
                {
                    ["session"] = new JsonObject { ["data"] = Ref("session", SessionId) },
                    ["document"] = new JsonObject { ["data"] = Ref("document/idv", DocumentId) },
                },
            },
        };
    }

    private static JsonObject Ref(string type, string id) => new() { ["type"] = type, ["id"] = id };

    private static ResponseMessage Json(int status, JsonNode body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/vnd.api+json") },
        BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String },
    };

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
