using PeerSupport.Directory.Taxonomy;

namespace PeerSupport.Directory.Listings;

/// <summary>
/// Copies what a person or a file can change from one listing onto a tracked one, touching
/// only what differs, so an unchanged save writes nothing and records no history.
/// </summary>
public static class ListingCopy
{
    public static bool CopyFrom(Listing target, Listing source, IReadOnlyList<TaxonomyTag> tags)
    {
        var changed = false;
        void Set<T>(T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                changed = true;
            }
        }
        Set(target.Name, source.Name, v => target.Name = v);
        Set(target.Slug, source.Slug, v => target.Slug = v);
        Set(target.Summary, source.Summary, v => target.Summary = v);
        Set(target.Description, source.Description, v => target.Description = v);
        Set(target.WhoFor, source.WhoFor, v => target.WhoFor = v);
        Set(target.Eligibility, source.Eligibility, v => target.Eligibility = v);
        Set(target.FirstVisit, source.FirstVisit, v => target.FirstVisit = v);
        Set(target.Organisation, source.Organisation, v => target.Organisation = v);
        Set(target.HostType, source.HostType, v => target.HostType = v);
        Set(target.RunBy, source.RunBy, v => target.RunBy = v);
        Set(target.JoinBy, source.JoinBy, v => target.JoinBy = v);
        Set(target.Cost, source.Cost, v => target.Cost = v);
        Set(target.CostNotes, source.CostNotes, v => target.CostNotes = v);
        Set(target.Formats, source.Formats, v => target.Formats = v);
        Set(target.Accessibility, source.Accessibility, v => target.Accessibility = v);
        Set(target.Languages, source.Languages, v => target.Languages = v);
        Set(target.Status, source.Status, v => target.Status = v);
        Set(target.PausedUntil, source.PausedUntil, v => target.PausedUntil = v);

        if (!SamePlace(target.Place, source.Place))
        {
            target.Place = source.Place is null ? null : Clone(source.Place);
            changed = true;
        }
        if (!SameArea(target.Area, source.Area))
        {
            target.Area = source.Area is null ? null : Clone(source.Area);
            changed = true;
        }
        if (!target.Schedules.Select(ScheduleText.Describe).SequenceEqual(source.Schedules.Select(ScheduleText.Describe))
            || !target.Schedules.Select(s => s.Date).SequenceEqual(source.Schedules.Select(s => s.Date)))
        {
            target.Schedules.Clear();
            target.Schedules.AddRange(source.Schedules.Select(s => s.Copy()));
            changed = true;
        }
        if (!target.Contacts.Select(c => (c.Kind, c.Value, c.Label)).SequenceEqual(source.Contacts.Select(c => (c.Kind, c.Value, c.Label))))
        {
            target.Contacts.Clear();
            target.Contacts.AddRange(source.Contacts.Select(c => new ListingContact { Kind = c.Kind, Value = c.Value, Label = c.Label }));
            changed = true;
        }
        if (!target.Tags.Select(t => t.Id).Order().SequenceEqual(tags.Select(t => t.Id).Order()))
        {
            target.Tags.RemoveAll(t => !tags.Contains(t));
            target.Tags.AddRange(tags.Where(t => !target.Tags.Contains(t)));
            changed = true;
        }
        return changed;
    }

    private static bool SamePlace(Place? a, Place? b) =>
        a is null || b is null
            ? a is null && b is null
            : (a.VenueName, a.Address, a.Town, a.Postcode, a.Latitude, a.Longitude) == (b.VenueName, b.Address, b.Town, b.Postcode, b.Latitude, b.Longitude);

    private static bool SameArea(AreaServed? a, AreaServed? b) =>
        a is null || b is null
            ? a is null && b is null
            : (a.Kind, a.Name, a.Latitude, a.Longitude, a.RadiusKm, a.Wkt) == (b.Kind, b.Name, b.Latitude, b.Longitude, b.RadiusKm, b.Wkt);

    private static Place Clone(Place p) => new()
    {
        VenueName = p.VenueName,
        Address = p.Address,
        Town = p.Town,
        Postcode = p.Postcode,
        Latitude = p.Latitude,
        Longitude = p.Longitude,
    };

    private static AreaServed Clone(AreaServed a) => new()
    {
        Kind = a.Kind,
        Name = a.Name,
        Latitude = a.Latitude,
        Longitude = a.Longitude,
        RadiusKm = a.RadiusKm,
        Wkt = a.Wkt,
    };
}
