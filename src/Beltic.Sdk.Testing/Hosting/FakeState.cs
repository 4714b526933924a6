using System.Security.Cryptography;
using Beltic.Testing.Auth;

namespace Beltic.Testing.Hosting;

/// <summary>
/// Everything the fake remembers, shared by its areas. Area state is kept by each area object; this holds what they
/// share: the clock, ids, the signing key, the API keys, the host address and the audit trail hook.
/// </summary>
internal sealed class FakeState(BelticFakeOptions options)
{
    private long _ids;
    private long _requests;

    public BelticFakeOptions Options { get; } = options;

    public TimeProvider Time { get; } = options.TimeProvider ?? TimeProvider.System;

    public ECDsa SigningKey { get; } = options.SigningKey ?? ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public ApiKeyRegistry Keys { get; } = new(options.ApiKey);

    /// <summary>The fake's host root (<c>http://127.0.0.1:port</c> or <c>http://localhost</c>), known once started.</summary>
    public Uri HostAddress { get; set; } = new("http://localhost/");

    /// <summary>Audit-worthy actions report here (the Audit area records and delivers them).</summary>
    public Action<AuditRecord>? Audit { get; set; }

    /// <summary>
    /// A document reached a status (type, id, status, previous status): the Webhooks area delivers it to subscribed
    /// webhook configurations.
    /// </summary>
    public Action<string, string, string, string?>? DocumentStatusChanged { get; set; }

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>A new id with a Beltic-like prefix: <c>cred_01F…</c>.</summary>
    public string NewId(string prefix) => $"{prefix}_01F{Interlocked.Increment(ref _ids):D10}";

    public string NewRequestId() => $"req_fake_{Interlocked.Increment(ref _requests):D6}";

    /// <summary>An absolute URL on the fake's host.</summary>
    public Uri Url(string pathAndQuery) => new(HostAddress, pathAndQuery.TrimStart('/'));
}
