using System.Text.Json;
using Beltic.Sdk.Tests.Support;
using Beltic.Workflows;
using Snapshooter.Xunit;

namespace Beltic.Sdk.Tests.Workflows;

/// <summary>The workflow resource: list, get, create, update, set state, deploy, delete — wire format and mapping.</summary>
public class WorkflowsClientTests
{
    [Fact]
    public async Task List_reads_the_bare_array_into_one_page_with_every_documented_member()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows", $"[{WorkflowFixtures.WorkflowJson},{WorkflowFixtures.UndeployedJson}]");

        var page = await host.Client.Workflows.ListAsync();

        var r = host.SingleRequest();
        Assert.Equal("GET", r.RequestMessage!.Method);
        Assert.Empty(r.RequestMessage.Query!);
        Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key"));
        Assert.False(Json.HasHeader(r, "Idempotency-Key"));
        Assert.False(Json.HasHeader(r, "Authorization")); // §11: X-Api-Key, not the reference pages' Bearer token

        Assert.Equal(2, page.Items.Count);
        Assert.False(page.HasMore);
        Assert.Null(page.ContinuationToken);
        Assert.Equal("req_200", page.RawResponse!.RequestId);
        var wf = page.Items[0];
        Assert.Equal("wf_kyc_onboarding", wf.Id);
        Assert.Equal("org_widgetcorp", wf.OrganizationId);
        Assert.Equal(WorkflowEnvironment.Staging, wf.Environment);
        Assert.Equal("KYC onboarding", wf.Name);
        Assert.Equal(7, wf.Version);
        Assert.Null(wf.LastSynced);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero), wf.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 5, 20, 14, 30, 0, TimeSpan.Zero), wf.UpdatedAt);
        Assert.True(wf.IsDeployed);
        Assert.Equal(new DateTimeOffset(2026, 5, 20, 15, 0, 0, TimeSpan.Zero), wf.DeployedAt);
        Assert.Equal("exec_01HQ", wf.LastExecution!.ExecutionId);
        Assert.Equal(WorkflowExecutionStatus.Paused, wf.LastExecution.Status);
        Assert.Equal(new DateTimeOffset(2026, 5, 21, 10, 0, 0, TimeSpan.Zero), wf.LastExecution.UpdatedAt);
        Assert.False(wf.HasDefinition);
        var draft = page.Items[1];
        Assert.Equal(WorkflowEnvironment.Production, draft.Environment);
        Assert.False(draft.IsDeployed);
        Assert.Null(draft.DeployedAt);
        Assert.Null(draft.LastExecution);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 8, 0, 0, TimeSpan.Zero), draft.LastSynced);
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public async Task List_sends_the_deployed_filter_in_lower_case(bool deployed, string expected)
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows", "[]");

        var page = await host.Client.Workflows.ListAsync(new WorkflowListOptions { Deployed = deployed });

        Assert.Empty(page.Items);
        Assert.Equal(expected, host.SingleRequest().Query()["deployed"]);
    }

    [Fact]
    public async Task List_also_accepts_a_wrapped_array_and_auto_paging_yields_one_page()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows", $$"""{"workflows":[{{WorkflowFixtures.WorkflowJson}}],"total":1}""");

        var items = new List<Workflow>();
        await foreach (var wf in host.Client.Workflows.ListAutoPagingAsync(new WorkflowListOptions { Deployed = true }))
        {
            items.Add(wf);
        }

        Assert.Equal("wf_kyc_onboarding", Assert.Single(items).Id);
        Assert.Equal("true", host.SingleRequest().Query()["deployed"]);
        var page = await host.Client.Workflows.ListAsync();
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task A_list_that_is_neither_an_array_nor_wrapped_is_a_clear_error()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows", """{"something":"else"}""");

        var ex = await Assert.ThrowsAsync<BelticException>(() => host.Client.Workflows.ListAsync());

        Assert.Contains("'workflows', 'items', 'data'", ex.Message);
    }

    [Fact]
    public async Task Get_maps_metadata_and_keeps_the_graph_and_unknown_members()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows/wf_kyc_onboarding", WorkflowFixtures.WorkflowWithStateJson);

        var wf = await host.Client.Workflows.GetAsync("wf_kyc_onboarding");

        Assert.Equal("GET", host.SingleRequest().RequestMessage!.Method);
        Assert.True(wf.HasDefinition);
        Assert.Equal("document_verification", wf.State!.Value.GetProperty("blocks").GetProperty("doc_check").GetProperty("type").GetString());
        Assert.Null(wf.Definition);
        Assert.Equal("fld_compliance", wf.AdditionalProperties!["folderId"].GetString());
        Assert.Equal(200, (int)wf.RawResponse!.StatusCode);
    }

    [Fact]
    public async Task Get_reads_a_definition_member_too()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows/wf_1", """{"id":"wf_1","definition":{"blocks":{}}}""");

        var wf = await host.Client.Workflows.GetAsync("wf_1");

        Assert.True(wf.HasDefinition);
        Assert.Equal(JsonValueKind.Object, wf.Definition!.Value.ValueKind);
    }

    [Fact]
    public async Task Get_escapes_the_id_and_a_missing_workflow_is_not_found()
    {
        using var host = new TestHost();
        host.Server.Given(WireMock.RequestBuilders.Request.Create().UsingGet())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(404).WithBody("""{"error":{"code":"not_found","message":"Workflow not found"}}"""));

        var ex = await Assert.ThrowsAsync<BelticNotFoundException>(() => host.Client.Workflows.GetAsync("wf 1/x"));

        Assert.Equal("not_found", ex.ErrorCode);
        var r = host.SingleRequest(); // 404 is not retried
        Assert.Equal("/v1/workflows/wf%201%2Fx", new Uri(r.RequestMessage!.AbsoluteUrl).AbsolutePath.Replace("%2f", "%2F"));
    }

    [Fact]
    public async Task Create_posts_camel_case_with_extra_members_and_an_idempotency_key()
    {
        using var host = new TestHost();
        host.Reply("POST", "/v1/workflows", WorkflowFixtures.UndeployedJson, 201);

        var wf = await host.Client.Workflows.CreateAsync(new WorkflowCreateOptions("KYB draft")
        {
            Description = "Business onboarding",
            State = Json.Parse("""{"blocks":{"lookup":{"type":"business_lookup"}},"edges":[]}"""),
            AdditionalProperties = new Dictionary<string, JsonElement> { ["folderId"] = Json.Parse("\"fld_compliance\""), ["color"] = Json.Parse("\"#3972F6\"") },
        });

        var r = host.SingleRequest();
        Assert.Equal("POST", r.RequestMessage!.Method);
        Assert.StartsWith("application/json", Json.Header(r, "Content-Type"));
        Assert.True(Guid.TryParse(Json.Header(r, "Idempotency-Key"), out _));
        r.SentJson().MatchSnapshot();
        Assert.Equal("wf_kyb_draft", wf.Id);
        Assert.Equal(201, (int)wf.RawResponse!.StatusCode);
        Assert.Equal(Json.Header(r, "Idempotency-Key"), wf.RawResponse.IdempotencyKey);
    }

    [Fact]
    public async Task Update_patches_only_the_set_members_with_the_callers_idempotency_key()
    {
        using var host = new TestHost();
        host.Reply("PATCH", "/v1/workflows/wf_kyc_onboarding", WorkflowFixtures.WorkflowJson);

        var wf = await host.Client.Workflows.UpdateAsync("wf_kyc_onboarding", new WorkflowUpdateOptions { Name = "KYC onboarding v2" },
            new RequestOptions { IdempotencyKey = "rename-wf-42" });

        var r = host.SingleRequest();
        Assert.Equal("PATCH", r.RequestMessage!.Method);
        Assert.Equal("rename-wf-42", Json.Header(r, "Idempotency-Key"));
        r.SentJson().MatchSnapshot();
        Assert.Equal(7, wf.Version);
    }

    [Fact]
    public async Task Set_state_puts_the_graph_as_the_body_without_an_idempotency_key()
    {
        using var host = new TestHost();
        host.Reply("PUT", "/v1/workflows/wf_kyc_onboarding/state", """{"success":true,"version":8,"updatedAt":"2026-05-21T11:00:00Z"}""");
        var state = Json.Parse("""{"blocks":{"doc_check":{"type":"document_verification","subBlocks":{"country":"US"}}},"edges":[],"loops":{},"parallels":{}}""");

        var wf = await host.Client.Workflows.SetStateAsync("wf_kyc_onboarding", state);

        var r = host.SingleRequest();
        Assert.Equal("PUT", r.RequestMessage!.Method);
        // The pipeline generates Idempotency-Key on POST, PATCH and DELETE only; PUT is idempotent and goes without one.
        Assert.False(Json.HasHeader(r, "Idempotency-Key"));
        Assert.Equal(TestHost.ApiKey, Json.Header(r, "X-Api-Key"));
        r.SentJson().MatchSnapshot();
        Assert.Equal("wf_kyc_onboarding", wf.Id);
        Assert.Equal(8, wf.Version);
        Assert.True(wf.AdditionalProperties!["success"].GetBoolean());
    }

    [Fact]
    public async Task Set_state_sends_a_key_the_caller_chose_rather_than_dropping_it()
    {
        using var host = new TestHost();
        host.Reply("PUT", "/v1/workflows/wf_kyc_onboarding/state", "{}");

        await host.Client.Workflows.SetStateAsync("wf_kyc_onboarding", Json.Parse("{}"), new RequestOptions { IdempotencyKey = "state-v8" });

        Assert.Equal("state-v8", Json.Header(host.SingleRequest(), "Idempotency-Key"));
    }

    [Fact]
    public async Task Deploy_posts_without_a_body_and_accepts_an_empty_answer()
    {
        using var host = new TestHost();
        host.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/workflows/wf_kyc_onboarding/deploy").UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204).WithHeader("X-Request-Id", "req_deploy"));

        var wf = await host.Client.Workflows.DeployAsync("wf_kyc_onboarding");

        var r = host.SingleRequest();
        Assert.Equal("POST", r.RequestMessage!.Method);
        Assert.True(string.IsNullOrEmpty(r.RequestMessage.Body));
        Assert.True(Json.HasHeader(r, "Idempotency-Key"));
        Assert.Equal("wf_kyc_onboarding", wf.Id);
        Assert.Null(wf.IsDeployed);
        Assert.Equal("req_deploy", wf.RawResponse!.RequestId);
    }

    [Fact]
    public async Task Deploy_maps_a_deployment_answer_and_keeps_a_non_object_answer()
    {
        using var host = new TestHost();
        host.Reply("POST", "/v1/workflows/wf_1/deploy", """{"isDeployed":true,"deployedAt":"2026-05-21T12:00:00Z","version":8}""");
        host.Reply("POST", "/v1/workflows/wf_2/deploy", "true");

        var deployed = await host.Client.Workflows.DeployAsync("wf_1");
        var odd = await host.Client.Workflows.DeployAsync("wf_2");

        Assert.Equal("wf_1", deployed.Id);
        Assert.True(deployed.IsDeployed);
        Assert.Equal(new DateTimeOffset(2026, 5, 21, 12, 0, 0, TimeSpan.Zero), deployed.DeployedAt);
        Assert.True(odd.AdditionalProperties!["body"].GetBoolean());
    }

    [Fact]
    public async Task Delete_sends_delete_with_a_key_and_returns_the_response_facts()
    {
        using var host = new TestHost();
        host.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/v1/workflows/wf_kyb_draft").UsingDelete())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(204).WithHeader("X-Request-Id", "req_del"));

        var response = await host.Client.Workflows.DeleteAsync("wf_kyb_draft", new RequestOptions { IdempotencyKey = "del-wf-1" });

        Assert.Equal("DELETE", host.SingleRequest().RequestMessage!.Method);
        Assert.Equal("del-wf-1", Json.Header(host.SingleRequest(), "Idempotency-Key"));
        Assert.Equal(204, (int)response.StatusCode);
        Assert.Equal("req_del", response.RequestId);
    }

    [Fact]
    public async Task A_per_call_api_key_replaces_the_configured_one()
    {
        using var host = new TestHost();
        host.Reply("GET", "/v1/workflows", "[]");
        host.Reply("DELETE", "/v1/workflows/wf_1", "", 204);

        await host.Client.Workflows.ListAsync(requestOptions: new RequestOptions { ApiKey = WorkflowFixtures.OtherKey });
        await host.Client.Workflows.DeleteAsync("wf_1", new RequestOptions { ApiKey = WorkflowFixtures.OtherKey });

        Assert.All(host.Requests, r => Assert.Equal(WorkflowFixtures.OtherKey, Json.Header(r, "X-Api-Key")));
        Assert.DoesNotContain(WorkflowFixtures.OtherKey, host.Logs.All);
    }

    [Fact]
    public async Task A_missing_scope_is_a_forbidden_exception_naming_it()
    {
        using var host = new TestHost();
        host.Reply("POST", "/v1/workflows", """{"error":{"code":"forbidden","message":"API key lacks scope: workflows:write"}}""", 403);

        var ex = await Assert.ThrowsAsync<BelticForbiddenException>(() => host.Client.Workflows.CreateAsync(new WorkflowCreateOptions("x")));

        Assert.Equal("workflows:write", ex.MissingScope);
        Assert.Single(host.Requests);
    }

    public static TheoryData<string, Func<WorkflowsClient, Task>> BadArguments => new()
    {
        { "empty get id", c => c.GetAsync(" ") },
        { "null get id", c => c.GetAsync(null!) },
        { "null create options", c => c.CreateAsync(null!) },
        { "empty create name", c => c.CreateAsync(new WorkflowCreateOptions("x") { Name = "" }) },
        { "state not an object", c => c.CreateAsync(new WorkflowCreateOptions("x") { State = Json.Parse("[]") }) },
        { "extra repeats name", c => c.CreateAsync(new WorkflowCreateOptions("x") { AdditionalProperties = new Dictionary<string, JsonElement> { ["name"] = Json.Parse("\"y\"") } }) },
        { "extra undefined", c => c.CreateAsync(new WorkflowCreateOptions("x") { AdditionalProperties = new Dictionary<string, JsonElement> { ["a"] = default } }) },
        { "empty update", c => c.UpdateAsync("wf_1", new WorkflowUpdateOptions()) },
        { "update empty id", c => c.UpdateAsync("", new WorkflowUpdateOptions { Name = "n" }) },
        { "set state not an object", c => c.SetStateAsync("wf_1", Json.Parse("\"blocks\"")) },
        { "set state undefined", c => c.SetStateAsync("wf_1", default) },
        { "deploy empty id", c => c.DeployAsync("") },
        { "delete empty id", c => c.DeleteAsync(" ") },
        { "bad per-call key", c => c.ListAsync(null, new RequestOptions { ApiKey = "pk_nope" }) },
        { "bad idempotency key", c => c.DeleteAsync("wf_1", new RequestOptions { IdempotencyKey = "has space" }) },
    };

    [Theory]
    [MemberData(nameof(BadArguments), DisableDiscoveryEnumeration = true)]
    public async Task Bad_arguments_throw_before_anything_is_sent(string why, Func<WorkflowsClient, Task> call)
    {
        using var host = new TestHost();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(host.Client.Workflows));

        Assert.False(string.IsNullOrWhiteSpace(ex.Message), why);
        Assert.Empty(host.Requests);
    }

    [Fact]
    public void The_constructor_of_create_options_refuses_an_empty_name()
    {
        Assert.Throws<ArgumentException>(() => new WorkflowCreateOptions(" "));
        Assert.Throws<ArgumentNullException>(() => new WorkflowCreateOptions(null!));
    }
}
