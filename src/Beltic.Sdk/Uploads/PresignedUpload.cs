namespace Beltic;

/// <summary>
/// Where to upload a document file's bytes: a short-lived, presigned third-party storage URL. Upload with
/// <c>PUT</c> and no Beltic API key (the SDK's upload helpers do this for you).
/// </summary>
/// <param name="FileId">The file the URL belongs to, when the server said.</param>
/// <param name="Url">The presigned URL.</param>
/// <param name="ExpiresIn">How long the URL stays valid after the response, when the server said.</param>
public sealed record PresignedUpload(string? FileId, Uri Url, TimeSpan? ExpiresIn);
