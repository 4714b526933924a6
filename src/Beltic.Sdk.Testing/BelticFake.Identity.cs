using Beltic.Testing.Identity;

namespace Beltic.Testing;

/// <summary>Test hooks of the Identity and KYB areas.</summary>
public sealed partial class BelticFake
{
    private IdentityData? _identityData;
    private FakeIdentity? _identity;

    // Created on first use by Areas() during construction, once the shared state exists.
    private IdentityData IdentityData => _identityData ??= new IdentityData(_state);

    private FakeIdentity IdentityArea => _identity ??= new FakeIdentity(IdentityData);

    /// <summary>
    /// The bytes uploaded to a document file's presigned URL, exactly as received, or null while nothing arrived
    /// (e.g. to assert an upload arrived byte-exact).
    /// </summary>
    /// <param name="fileId">The file id (<c>file_…</c>), as in <c>IdvDocument.Files</c> or <c>DocumentFile.Id</c>.</param>
    /// <returns>A copy of the bytes, or null.</returns>
    public byte[]? UploadedFile(string fileId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileId);
        return IdentityData.Uploads.Find(fileId)?.Bytes?.ToArray();
    }

    /// <summary>
    /// Creates a proof-of-address document (<c>document/address</c>, status <c>pending</c>, no files), as the hosted
    /// flow would: Beltic documents no create route for it, so tests seed one here, then add files, upload and submit
    /// through the SDK.
    /// </summary>
    /// <param name="sessionId">The session to attach it to (and, through it, the account); null for none.</param>
    /// <returns>The document id.</returns>
    /// <exception cref="ArgumentException">No such session.</exception>
    public string CreateAddressDocument(string? sessionId = null) => IdentityArea.CreateAddressDocument(sessionId).Id;
}
