namespace Beltic.Testing;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>Answer with a status (and optional <c>Retry-After</c>) instead of processing the request.</summary>
    Status,

    /// <summary>Drop the connection before processing: nothing happened on the server.</summary>
    DropBeforeProcessing,

    /// <summary>Process the request, then drop the connection: the server acted, the client never heard (the case idempotency keys exist for).</summary>
    DropAfterProcessing,

    /// <summary>Wait (on the fake's clock), then process normally.</summary>
    Delay,
}
