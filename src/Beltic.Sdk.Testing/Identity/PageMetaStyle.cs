namespace Beltic.Testing.Identity;

/// <summary>The page <c>meta</c> shapes Beltic's JSON:API lists use (§1 "Pagination"); each list answers in its own.</summary>
internal enum PageMetaStyle
{
    /// <summary><c>meta.page = { cursors: { start, end }, hasNextPage, hasPreviousPage, total }</c> (templates, addresses, ...).</summary>
    Cursors,

    /// <summary><c>meta.page = { size, hasNext, hasPrevious, total }</c> (verifications): the cursors are only in <c>links</c>.</summary>
    Flags,

    /// <summary><c>meta.page_info = { cursors: { start, end }, hasNextPage, hasPreviousPage, total }</c> (screenings).</summary>
    PageInfo,
}
