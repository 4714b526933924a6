using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Workflows;

/// <summary>Realistic Workflows API answers (camelCase, §8) and stubbing helpers.</summary>
public static class WorkflowFixtures
{
    public const string OtherKey = "sk_production_tenant_b_0123456789";

    public const string WorkflowJson = """
        {"id":"wf_kyc_onboarding","organizationId":"org_widgetcorp","environment":"staging","name":"KYC onboarding",
         "version":7,"lastSynced":null,"createdAt":"2026-05-01T09:00:00Z","updatedAt":"2026-05-20T14:30:00Z",
         "isDeployed":true,"deployedAt":"2026-05-20T15:00:00Z",
         "lastExecution":{"executionId":"exec_01HQ","status":"paused","updatedAt":"2026-05-21T10:00:00Z"}}
        """;

    public const string UndeployedJson = """
        {"id":"wf_kyb_draft","organizationId":"org_widgetcorp","environment":"production","name":"KYB draft",
         "version":1,"lastSynced":"2026-05-02T08:00:00Z","createdAt":"2026-05-02T08:00:00Z","updatedAt":"2026-05-02T08:00:00Z",
         "isDeployed":false,"deployedAt":null,"lastExecution":null}
        """;

    public const string WorkflowWithStateJson = """
        {"id":"wf_kyc_onboarding","organizationId":"org_widgetcorp","environment":"staging","name":"KYC onboarding",
         "version":7,"isDeployed":true,"folderId":"fld_compliance",
         "state":{"blocks":{"doc_check":{"type":"document_verification"},"manual_review":{"type":"identity_verification"}},
                  "edges":[{"source":"doc_check","target":"manual_review"}]}}
        """;

    public const string CompletedJson = """
        {"success":true,"status":"completed","executionId":"exec_01HQ",
         "output":{"doc_check":{"verdict":"pass","score":0.98},"sanctions":{"hits":0}},
         "pausePoints":[],
         "logs":[{"blockId":"doc_check","level":"info","message":"document verified","durationMs":2310}],
         "finalState":{"blockStates":{"doc_check":{"done":true},"sanctions":{"done":true}}},
         "traceId":"trc_9"}
        """;

    public const string PausedJson = """
        {"success":true,"status":"paused","executionId":"exec_01HQ",
         "output":{"doc_check":{"verdict":"refer"}},
         "pausePoints":[{"blockId":"manual_review","reason":"manual_review","resumeBlockId":"credential_issue"}],
         "logs":[{"blockId":"doc_check","level":"warn","message":"referred to manual review"}]}
        """;

    public const string FailedJson = """
        {"success":false,"status":"failed","executionId":"exec_02",
         "error":"sanctions_screening: upstream provider timed out","output":{"doc_check":{"verdict":"pass"}},
         "pausePoints":[],"logs":[{"blockId":"sanctions","level":"error","message":"timeout"}]}
        """;

    public const string CancelledJson = """{"success":false,"status":"cancelled","executionId":"exec_03","output":{},"logs":[]}""";

    public static string Status(string status, string executionId = "exec_01HQ")
        => $$"""{"executionId":"{{executionId}}","status":"{{status}}","updatedAt":"2026-05-21T10:05:00Z"}""";

    public static void Reply(this TestHost host, string method, string path, string body, int status = 200)
        => host.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", "req_" + status).WithBody(body));

    /// <summary>A primary handler answer with a JSON body.</summary>
    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK)
        => new(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>A host whose HTTP calls go to <paramref name="handler"/> instead of the network.</summary>
    public static TestHost HostWith(ScriptedHandler handler, Action<BelticClientOptions>? configure = null)
        => new(configure, builder: b => b.ConfigureHttpClients(h => h.ConfigurePrimaryHttpMessageHandler(() => handler)));

    /// <summary>
    /// Runs a call while advancing fake time in steps of <paramref name="step"/> (coarser than TestHost.RunAsync, for
    /// waits of minutes); returns the result or exception and the fake time that elapsed.
    /// </summary>
    public static async Task<(Task Call, TimeSpan Elapsed)> DriveAsync(TestHost host, Func<Task> call, TimeSpan step)
    {
        var start = host.Time.GetUtcNow();
        var task = call();
        for (var i = 0; !task.IsCompleted && i < 20_000; i++)
        {
            await Task.Delay(2);
            if (!task.IsCompleted)
            {
                host.Time.Advance(step);
            }
        }

        try
        {
            await task;
        }
        catch (Exception)
        {
            // The caller inspects the task.
        }

        return (task, host.Time.GetUtcNow() - start);
    }
}
