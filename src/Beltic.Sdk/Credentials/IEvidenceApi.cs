using Beltic.Http;
using Refit;

namespace Beltic.Credentials;

/// <summary>The evidence upload route (internal; the public API is <see cref="CredentialsClient.UploadEvidenceAsync(FileUpload, string?, RequestOptions?, CancellationToken)"/>).</summary>
internal interface IEvidenceApi
{
    [Multipart]
    [Post("/evidence")]
    Task<IApiResponse<Evidence>> UploadAsync(
        [AliasAs("file")] ByteArrayPart file,
        [AliasAs("document_type")] string? documentType,
        [AliasAs("filename")] string? filename,
        [Property(BelticCall.PropertyKey)] BelticCall call,
        CancellationToken cancellationToken);
}
