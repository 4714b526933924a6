using Beltic.Http;

namespace Beltic.Identity;

/// <summary>
/// The Identity API: accounts → sessions → documents → verifications, plus generic documents processed with
/// document templates. Reached through <see cref="BelticClient.Identity"/>. Thread-safe.
/// </summary>
public class IdentityClient : BelticAreaClient
{
    private AccountsClient? _accounts;
    private SessionsClient? _sessions;
    private IdvDocumentsClient? _idvDocuments;
    private AddressDocumentsClient? _addressDocuments;
    private VerificationsClient? _verifications;
    private DocumentsClient? _documents;
    private DocumentTemplatesClient? _documentTemplates;

    internal IdentityClient(BelticConnection connection)
        : base(connection, IdentityJsonContext.Serializer)
    {
    }

    /// <summary>For mocking.</summary>
    protected IdentityClient()
    {
    }

    /// <summary>Accounts: the people and businesses you verify.</summary>
    public virtual AccountsClient Accounts => _accounts ??= new AccountsClient(Connection);

    /// <summary>Sessions: verification attempts of an account.</summary>
    public virtual SessionsClient Sessions => _sessions ??= new SessionsClient(Connection);

    /// <summary>Government ID documents (<c>document/idv</c>), with image uploads.</summary>
    public virtual IdvDocumentsClient IdvDocuments => _idvDocuments ??= new IdvDocumentsClient(Connection);

    /// <summary>Proof-of-address documents (<c>document/address</c>), with uploads and submit.</summary>
    public virtual AddressDocumentsClient AddressDocuments => _addressDocuments ??= new AddressDocumentsClient(Connection);

    /// <summary>Verifications of documents and businesses, with their checks.</summary>
    public virtual VerificationsClient Verifications => _verifications ??= new VerificationsClient(Connection);

    /// <summary>Generic documents (<c>/v1/documents</c>) processed with a template: extracted data and fraud results.</summary>
    public virtual DocumentsClient Documents => _documents ??= new DocumentsClient(Connection);

    /// <summary>Document templates (<c>/v1/document-templates</c>).</summary>
    public virtual DocumentTemplatesClient DocumentTemplates => _documentTemplates ??= new DocumentTemplatesClient(Connection);
}
