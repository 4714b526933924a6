namespace Beltic.Credentials;

/// <summary>The evidence limits: the shared file-type allowlist (PDF, JPEG, PNG, WEBP, TIFF, HEIC/HEIF) and at most 10 MB.</summary>
internal static class EvidenceFile
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const string Kind = "Evidence";
}
