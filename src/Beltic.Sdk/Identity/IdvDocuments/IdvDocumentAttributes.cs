namespace Beltic.Identity;

/// <summary>The attributes sent to create a <c>document/idv</c>: <c>{ files: [ { filename } ] }</c>.</summary>
internal sealed record IdvDocumentAttributes(IReadOnlyList<FileNameAttribute> Files);

/// <summary>One declared file name.</summary>
internal sealed record FileNameAttribute(string Filename);
