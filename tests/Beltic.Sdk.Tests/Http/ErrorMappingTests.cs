using System.Net;
using Beltic.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Beltic.Sdk.Tests.Http;

public class ErrorMappingTests
{
    private static async Task<T> Fail<T>(int status, string body, params (string Name, string Value)[] headers) where T : BelticApiException
    {
        using var host = new TestHost(o => o.MaxRetries = 0);
        IResponseBuilder response = Response.Create().WithStatusCode(status).WithBody(body);
        foreach (var (n, v) in headers)
        {
            response = response.WithHeader(n, v);
        }

        host.Server.Given(Request.Create().WithPath("/v1/credentials/cred_x")).RespondWith(response);
        return await Assert.ThrowsAsync<T>(() => host.Client.Credentials.GetAsync("cred_x"));
    }

    [Fact]
    public async Task Envelope_form_is_read()
    {
        var ex = await Fail<BelticForbiddenException>(403, """{"error":{"code":"forbidden","message":"API key lacks scope credentials:read","details":{"required_scope":"credentials:read"},"request_id":"req_env"}}""");

        Assert.Equal("forbidden", ex.ErrorCode);
        Assert.Equal("API key lacks scope credentials:read", ex.ServerMessage);
        Assert.Equal("req_env", ex.RequestId);
        Assert.Equal("credentials:read", ex.MissingScope);
        Assert.Contains("GET /v1/credentials/cred_x", ex.Message);
    }

    [Fact]
    public async Task Missing_scope_is_recovered_from_the_message_when_details_omit_it()
    {
        var ex = await Fail<BelticForbiddenException>(403, """{"code":"forbidden","message":"Missing scope: credentials:revoke"}""");

        Assert.Equal("credentials:revoke", ex.MissingScope);
    }

    [Fact]
    public async Task Flat_form_with_alternative_names_is_read_and_request_id_falls_back_to_the_header()
    {
        var ex = await Fail<BelticAuthenticationException>(401, """{"error_code":"unauthorized","error_message":"Key revoked"}""", ("X-Request-Id", "req_hdr"));

        Assert.Equal("unauthorized", ex.ErrorCode);
        Assert.Equal("Key revoked", ex.ServerMessage);
        Assert.Equal("req_hdr", ex.RequestId);
    }

    [Fact]
    public async Task Camel_case_form_of_the_workflows_api_is_read()
    {
        var ex = await Fail<BelticForbiddenException>(403, """{"error":{"errorCode":"forbidden","errorMessage":"Not allowed","requestId":"req_camel","details":{"requiredScope":"workflows:execute"}}}""");

        Assert.Equal("forbidden", ex.ErrorCode);
        Assert.Equal("Not allowed", ex.ServerMessage);
        Assert.Equal("req_camel", ex.RequestId);
        Assert.Equal("workflows:execute", ex.MissingScope);
    }

    [Fact]
    public async Task Json_api_errors_keep_code_detail_and_pointer()
    {
        var ex = await Fail<BelticValidationException>(422, """
            {"errors":[{"status":"422","code":"invalid","title":"Invalid","detail":"must be a valid email","source":{"pointer":"/data/attributes/contact/email"}},
                       {"status":"422","code":"blank","detail":"can't be blank","source":{"pointer":"/data/attributes/external_id"}}]}
            """);

        Assert.Equal("invalid", ex.ErrorCode);
        Assert.Equal(2, ex.FieldErrors.Count);
        Assert.Equal("/data/attributes/contact/email", ex.FieldErrors[0].Pointer);
        Assert.Equal("contact.email", ex.FieldErrors[0].Field);
        Assert.Equal("blank", ex.FieldErrors[1].Code);
        Assert.Contains("external_id: can't be blank", ex.Message);
    }

    [Fact]
    public async Task Envelope_field_errors_are_read()
    {
        var ex = await Fail<BelticValidationException>(400, """{"error":{"code":"validation_failed","message":"Invalid request","details":{"fields":[{"field":"claims.jurisdiction","message":"is required","code":"missing_required_field"}]}}}""");

        var field = Assert.Single(ex.FieldErrors);
        Assert.Equal("claims.jurisdiction", field.Field);
        Assert.Equal("missing_required_field", field.Code);
    }

    [Fact]
    public async Task Idempotency_conflicts_are_flagged()
    {
        var ex = await Fail<BelticConflictException>(409, """{"error":{"code":"idempotency_key_conflict","message":"Key reused with a different body"}}""");

        Assert.True(ex.IsIdempotencyKeyConflict);
    }

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>")]
    [InlineData("")]
    [InlineData("{not json")]
    public async Task Non_json_or_empty_bodies_still_give_a_useful_exception(string body)
    {
        var ex = await Fail<BelticApiException>(418, body);

        Assert.Equal((HttpStatusCode)418, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Contains("418", ex.Message);
        Assert.Equal(body, ex.RawBody);
        if (body.Length > 0)
        {
            Assert.Contains(body.Trim(), ex.Message);
        }
    }
}
