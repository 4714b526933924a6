using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Beltic.Http;

/// <summary>
/// Turns an error response into the typed exception. Understands the three body forms of the API (§11.3):
/// <c>{"error":{code,message,details,request_id}}</c>, flat <c>{code|error_code, message|error_message}</c> and
/// JSON:API <c>{"errors":[{status,code,title,detail,source:{pointer}}]}</c>. Never throws a <see cref="JsonException"/>.
/// </summary>
internal static partial class BelticErrorParser
{
    private const int MaxBodyInMessage = 500;

    /// <summary>The error code of an error response, for telemetry; reads a buffered copy so the body stays readable.</summary>
    public static async Task<string?> PeekCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return Create(response.StatusCode, body, null, DateTimeOffset.UtcNow).ErrorCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    public static BelticApiException Create(
        HttpStatusCode status,
        string? body,
        HttpResponseHeaders? headers,
        DateTimeOffset now,
        HttpRequestMessage? request = null)
    {
        body ??= string.Empty;
        string? code = null, message = null, requestId = null, scope = null;
        var fields = new List<BelticFieldError>();

        if (LooksLikeJson(body))
        {
            try
            {
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    Read(doc.RootElement, ref code, ref message, ref requestId, ref scope, fields);
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to the status description.
            }
        }

        if (requestId is null && headers is not null)
        {
            requestId = FirstHeader(headers, "X-Request-Id") ?? FirstHeader(headers, "Request-Id");
        }

        if (string.IsNullOrWhiteSpace(message))
        {
            message = DescribeStatus(status);
            var trimmed = body.Trim();
            if (trimmed.Length > 0)
            {
                message += ". Body: " + (trimmed.Length > MaxBodyInMessage ? trimmed[..MaxBodyInMessage] + "…" : trimmed);
            }
        }

        if (scope is null && status == HttpStatusCode.Forbidden)
        {
            var m = ScopeRegex().Match(message);
            if (m.Success)
            {
                scope = m.Groups["scope"].Value;
            }
        }

        var details = new BelticErrorDetails(status, code, message, requestId, body)
        {
            RetryAfter = headers is null ? null : RetryAfterParser.Parse(headers, now),
            MissingScope = scope,
            FieldErrors = fields,
            Method = request?.Method.Method,
            Path = request?.RequestUri?.AbsolutePath,
        };

        return (int)status switch
        {
            400 or 422 => new BelticValidationException(details),
            401 => new BelticAuthenticationException(details),
            403 => new BelticForbiddenException(details),
            404 => new BelticNotFoundException(details),
            409 => new BelticConflictException(details),
            429 => new BelticRateLimitException(details),
            >= 500 and <= 599 => new BelticServerException(details),
            _ => new BelticApiException(details),
        };
    }

    private static void Read(JsonElement root, ref string? code, ref string? message, ref string? requestId, ref string? scope, List<BelticFieldError> fields)
    {
        // Form 1: {"error": {...}} — or {"error": "code", "message": "..."}.
        if (root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.Object)
            {
                ReadFlat(error, ref code, ref message, ref requestId, ref scope, fields);
            }
            else if (error.ValueKind == JsonValueKind.String)
            {
                code ??= error.GetString();
            }
        }

        // Form 3: JSON:API {"errors": [...]}.
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in errors.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var eCode = Str(e, "code");
                var detail = Str(e, "detail") ?? Str(e, "title") ?? Str(e, "message");
                code ??= eCode;
                message ??= detail;
                string? pointer = null;
                if (e.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object)
                {
                    pointer = Str(source, "pointer") ?? Str(source, "parameter");
                }

                // Every error object is kept, even one that carries only a code.
                if (detail is not null || pointer is not null || eCode is not null)
                {
                    fields.Add(new BelticFieldError(PointerToField(pointer), detail ?? eCode ?? "invalid", eCode, pointer));
                }
            }

            if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
            {
                requestId ??= Str(meta, "request_id") ?? Str(meta, "requestId");
            }
        }

        // Form 2: flat.
        ReadFlat(root, ref code, ref message, ref requestId, ref scope, fields);
    }

    private static void ReadFlat(JsonElement obj, ref string? code, ref string? message, ref string? requestId, ref string? scope, List<BelticFieldError> fields)
    {
        // camelCase spellings too: some Beltic APIs speak camelCase JSON throughout.
        code ??= Str(obj, "code") ?? Str(obj, "error_code") ?? Str(obj, "errorCode");
        message ??= Str(obj, "message") ?? Str(obj, "error_message") ?? Str(obj, "errorMessage") ?? Str(obj, "detail");
        requestId ??= Str(obj, "request_id") ?? Str(obj, "requestId");
        scope ??= Str(obj, "required_scope") ?? Str(obj, "missing_scope") ?? Str(obj, "requiredScope") ?? Str(obj, "missingScope");
        if (obj.TryGetProperty("details", out var details))
        {
            ReadDetails(details, ref scope, fields);
        }
    }

    private static void ReadDetails(JsonElement details, ref string? scope, List<BelticFieldError> fields)
    {
        if (details.ValueKind == JsonValueKind.Array)
        {
            ReadFieldArray(details, fields);
            return;
        }

        if (details.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        scope ??= Str(details, "required_scope") ?? Str(details, "missing_scope") ?? Str(details, "requiredScope") ?? Str(details, "missingScope") ?? Str(details, "scope");
        foreach (var name in (ReadOnlySpan<string>)["fields", "errors", "issues", "field_errors"])
        {
            if (details.TryGetProperty(name, out var arr))
            {
                if (arr.ValueKind == JsonValueKind.Array)
                {
                    ReadFieldArray(arr, fields);
                }
                else if (arr.ValueKind == JsonValueKind.Object)
                {
                    ReadFieldMap(arr, fields);
                }

                return;
            }
        }
    }

    private static void ReadFieldArray(JsonElement arr, List<BelticFieldError> fields)
    {
        foreach (var item in arr.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            string? field = Str(item, "field") ?? Str(item, "name") ?? Str(item, "param");
            if (field is null && item.TryGetProperty("path", out var path))
            {
                field = path.ValueKind == JsonValueKind.Array
                    ? string.Join('.', path.EnumerateArray().Select(p => p.ToString()))
                    : path.ToString();
            }

            var pointer = Str(item, "pointer");
            var msg = Str(item, "message") ?? Str(item, "detail") ?? "invalid";
            fields.Add(new BelticFieldError(field ?? PointerToField(pointer), msg, Str(item, "code"), pointer));
        }
    }

    private static void ReadFieldMap(JsonElement map, List<BelticFieldError> fields)
    {
        foreach (var p in map.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var m in p.Value.EnumerateArray())
                {
                    fields.Add(new BelticFieldError(p.Name, m.ToString()));
                }
            }
            else
            {
                fields.Add(new BelticFieldError(p.Name, p.Value.ToString()));
            }
        }
    }

    private static string? PointerToField(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return null;
        }

        var parts = pointer.TrimStart('/').Split('/');
        // "/data/attributes/external_id" → "external_id"
        var start = parts.Length > 2 && parts[0] == "data" && parts[1] is "attributes" or "relationships" or "meta" ? 2 : 0;
        return string.Join('.', parts.Skip(start).Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)));
    }

    private static string? Str(JsonElement obj, string name)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    private static string? FirstHeader(HttpResponseHeaders headers, string name)
        => headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static bool LooksLikeJson(string body)
    {
        foreach (var c in body)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c is '{' or '[';
            }
        }

        return false;
    }

    private static string DescribeStatus(HttpStatusCode status) => (int)status switch
    {
        401 => "Unauthorized: the API key is missing, malformed or revoked",
        403 => "Forbidden: the API key lacks a required scope",
        404 => "Not found",
        409 => "Conflict",
        422 => "Unprocessable entity",
        429 => "Rate limited",
        _ => $"HTTP {(int)status} {status}",
    };

    [GeneratedRegex(@"scope[s]?\W+(?<scope>[a-z_]+(?::[a-z_]+)+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScopeRegex();
}
