namespace Beltic.Verification.Schema;

/// <summary>Which W3C data model a JWT payload follows, decided once from the payload itself.</summary>
internal enum VcDataModel
{
    /// <summary>Neither form: the schema step rejects it.</summary>
    Unrecognised,

    /// <summary>VC 2.0 secured as a JWT (VC-JOSE-COSE): the payload is the credential; <c>vc</c>/<c>vp</c> are forbidden.</summary>
    Vc20,

    /// <summary>VC 1.1 JWT encoding: registered claims at the top level, the credential in the <c>vc</c> claim.</summary>
    Vc11,
}
