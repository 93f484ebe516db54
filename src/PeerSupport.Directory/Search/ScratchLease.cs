namespace PeerSupport.Directory.Search;

/// <summary>
/// One search's hold on its thread's <see cref="SearchScratch"/>, given back when disposed. A
/// ref struct: it cannot be kept in a field, boxed or held across an <c>await</c>, which is what
/// makes per-thread scratch safe.
/// </summary>
internal ref struct ScratchLease(SearchScratch scratch)
{
    private SearchScratch? scratch = scratch;

    public readonly SearchScratch Scratch => scratch ?? throw new ObjectDisposedException(nameof(ScratchLease));

    public void Dispose()
    {
        if (scratch is not null)
        {
            SearchScratch.Return(scratch);
            scratch = null;
        }
    }
}
