namespace PeerSupport.Directory.Geography;

/// <summary>
/// The gazetteer in use: the seed places with the current aliases. A moderator's change of
/// aliases replaces it whole (<see cref="Replace"/>), so every search after the change sees it
/// and no search sees half of one.
/// </summary>
public sealed class PlaceNames(Gazetteer initial)
{
    private volatile Gazetteer current = initial;

    public Gazetteer Current => current;

    public void Replace(Gazetteer gazetteer) => current = gazetteer;
}
