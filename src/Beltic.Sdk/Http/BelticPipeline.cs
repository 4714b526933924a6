namespace Beltic.Http;

/// <summary>The SDK's four HTTP pipelines, each an IHttpClientFactory client per configured <see cref="BelticClient"/>.</summary>
internal enum BelticPipeline
{
    /// <summary>The <c>/v1</c> API with the API key.</summary>
    Api,

    /// <summary>The <c>/v1</c> API's public endpoints: no key handler at all.</summary>
    Public,

    /// <summary>Public documents at the host root (the API base without its <c>/vN</c>): no key handler at all.</summary>
    HostRoot,

    /// <summary>Presigned third-party storage URLs: no API key, no idempotency key, no base address.</summary>
    Upload,
}
