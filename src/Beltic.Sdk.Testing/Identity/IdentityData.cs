using Beltic.Testing.Hosting;

namespace Beltic.Testing.Identity;

/// <summary>
/// The Identity and KYB resources, kept together because they link to each other: sessions to accounts, documents to
/// sessions, verifications to documents and businesses, lookups to sessions, screenings to accounts and businesses.
/// </summary>
internal sealed class IdentityData(FakeState state)
{
    public FakeState State { get; } = state;

    public ResourceStore Accounts { get; } = new(state, "acc", "/v1/identity/accounts", false);

    public ResourceStore Sessions { get; } = new(state, "ses", "/v1/identity/sessions", true);

    public ResourceStore IdvDocuments { get; } = new(state, "doc", "/v1/identity/documents/idvs", false);

    public ResourceStore AddressDocuments { get; } = new(state, "doc", "/v1/identity/documents/addresses", false);

    public ResourceStore Verifications { get; } = new(state, "ver", "/v1/identity/verifications", false);

    public ResourceStore Documents { get; } = new(state, "doc", "/v1/documents", true);

    public ResourceStore Templates { get; } = new(state, "tpl", "/v1/document-templates", true);

    public ResourceStore Businesses { get; } = new(state, "biz", "/v1/businesses", true);

    public ResourceStore Screenings { get; } = new(state, "scr", "/v1/screenings", true);

    public ResourceStore WebsiteChecks { get; } = new(state, "wc", "/v1/website-checks", false);

    public UploadStore Uploads { get; } = new(state);

    public string Now => FakeHttp.Iso(State.Now);

    /// <summary>Tells the webhooks that a document now has the status it holds (its status before: <paramref name="previous"/>).</summary>
    public void Notify(StoredResource doc, string? previous)
    {
        if (doc.Str("status") is { } status && status != previous)
        {
            State.DocumentStatusChanged?.Invoke(doc.Type, doc.Id, status, previous);
        }
    }

    /// <summary>Moves a session on (and stamps <c>updated_at</c>) when it is in one of <paramref name="from"/>.</summary>
    public void AdvanceSession(string? sessionId, string to, params string[] from)
    {
        if (Sessions.Find(sessionId) is not { } session)
        {
            return;
        }

        lock (session.Gate)
        {
            if (from.Length == 0 || from.Contains(session.Str("status"), StringComparer.Ordinal))
            {
                session.Attributes["status"] = to;
                session.Attributes["updated_at"] = Now;
            }
        }
    }
}
