using System.Text.Json;
using Beltic.Businesses;
using Beltic.Http;
using Beltic.Serialization;
using Beltic.Serialization.JsonApi;

namespace Beltic.WebsiteChecks;

/// <summary>
/// Website checks (<c>POST /v1/website-checks</c>). Beltic documents only this endpoint and only its <c>url</c>; the
/// answer is mapped when it is a JSON:API resource and kept raw either way. Reached through
/// <see cref="BelticClient.WebsiteChecks"/>. Thread-safe.
/// </summary>
public class WebsiteChecksClient : BelticAreaClient
{
    internal WebsiteChecksClient(BelticConnection connection)
        : base(connection, WebsiteChecksJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected WebsiteChecksClient()
    {
    }

    /// <summary>
    /// Starts a check of a website (<c>POST /v1/website-checks</c>, scope <c>website_checks:write</c>), sent as a
    /// JSON:API <c>website-check</c> with the <c>url</c> attribute. The idempotency key is the same on every retry.
    /// </summary>
    /// <param name="options">The URL and any extra attributes.</param>
    /// <param name="requestOptions">Per-call settings (API key, idempotency key, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The check: mapped from a <c>website-check</c> resource (wrapped in <c>data</c> or bare), with the raw body in <see cref="WebsiteCheck.RawJson"/>.</returns>
    /// <exception cref="ArgumentException">An extra attribute repeats <c>url</c>, has an empty name or no value.</exception>
    /// <exception cref="BelticException">The answer is a JSON:API resource of another type, or not JSON.</exception>
    public virtual async Task<WebsiteCheck> CreateAsync(WebsiteCheckCreateOptions options, RequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(options);
        var attributes = Attributes(options);
        var call = Call("website_checks.create", requestOptions);
        var body = JsonApiMapper.Request(WebsiteChecksResources.WebsiteCheck, attributes, WebsiteChecksJsonContext.Default.JsonElement);
        var (text, response) = await SendForTextAsync(Rest<IWebsiteChecksApi>().CreateAsync(body, call, cancellationToken), cancellationToken).ConfigureAwait(false);

        var raw = ResourceDocumentReader.Parse(text, response);
        var check = ResourceDocumentReader.AsDocument(raw, response) is { } document
            ? ReadResource<WebsiteCheck>(document)
            : new WebsiteCheck { RawResponse = response };
        check.RawJson = raw;
        return check;
    }

    private static JsonElement Attributes(WebsiteCheckCreateOptions options)
    {
        foreach (var (name, value) in options.AdditionalAttributes ?? new Dictionary<string, JsonElement>())
        {
            if (string.IsNullOrWhiteSpace(name) || name == "url")
            {
                throw new ArgumentException(
                    $"WebsiteCheckCreateOptions.AdditionalAttributes may not use the name \"{name}\": it must be non-empty and not \"url\" (set Url instead).", nameof(options));
            }

            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"WebsiteCheckCreateOptions.AdditionalAttributes[\"{name}\"] has no value.", nameof(options));
            }
        }

        return JsonValues.Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("url", options.Url.AbsoluteUri);
            foreach (var (name, value) in options.AdditionalAttributes ?? new Dictionary<string, JsonElement>())
            {
                w.WritePropertyName(name);
                value.WriteTo(w);
            }

            w.WriteEndObject();
        });
    }
}
