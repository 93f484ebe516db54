using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PeerSupport.Directory.Geography;
using PeerSupport.Directory.Listings;

namespace PeerSupport.Directory.Web.Pages.Lead;

/// <summary>
/// Finds coordinates for what a lead typed (a postcode or a place name) through the same
/// <see cref="LocationResolver"/> as search. The found point fills the form, where the lead can
/// still adjust it; a name shared by several places is offered as a choice.
/// </summary>
public static class ListingFormPlaces
{
    /// <summary>
    /// Fills the venue's coordinates (always when <paramref name="lookUpVenue"/>, else only when
    /// they are empty) and a radius area's centre when empty. Returns the choices for an ambiguous venue name.
    /// </summary>
    public static async Task<Location.Ambiguous?> FillAsync(
        ListingForm form, LocationResolver places, ModelStateDictionary modelState, bool lookUpVenue, CancellationToken cancellationToken)
    {
        Location.Ambiguous? choices = null;
        var place = form.Place;
        var missing = string.IsNullOrWhiteSpace(place.Latitude) || string.IsNullOrWhiteSpace(place.Longitude);
        if (lookUpVenue || (!place.IsBlank && missing))
        {
            var query = new[] { place.Search, place.Postcode, place.Town }.FirstOrDefault(q => !string.IsNullOrWhiteSpace(q));
            if (query is null)
            {
                modelState.AddModelError("Input.Place.Search", "Enter a postcode or town to find the place");
                return null;
            }
            switch (await places.ResolveAsync(query, cancellationToken))
            {
                case Location.Found found:
                    Use(form, found.Point, Postcode.TryParse(query, out var postcode) ? postcode.ToString() : null, found.Label, modelState);
                    break;
                case Location.Ambiguous ambiguous:
                    choices = ambiguous;
                    modelState.AddModelError("Input.Place.Search", $"There are several places called \"{query}\": choose one below");
                    break;
                case Location.NotFound notFound:
                    modelState.AddModelError("Input.Place.Search", notFound.Message);
                    break;
            }
        }
        var area = form.Area;
        if (area.Kind == AreaKind.Radius && !string.IsNullOrWhiteSpace(area.Centre)
            && (string.IsNullOrWhiteSpace(area.Latitude) || string.IsNullOrWhiteSpace(area.Longitude)))
        {
            switch (await places.ResolveAsync(area.Centre, cancellationToken))
            {
                case Location.Found found:
                    area.Latitude = Number(found.Point.Latitude);
                    area.Longitude = Number(found.Point.Longitude);
                    area.Name = string.IsNullOrWhiteSpace(area.Name) ? area.Centre.Trim() : area.Name;
                    Forget(modelState, "Area.Latitude", "Area.Longitude", "Area.Name");
                    break;
                case Location.Ambiguous:
                    modelState.AddModelError("Input.Area.Centre", $"There are several places called \"{area.Centre}\". Add the county or region, like \"Newport, Wales\", or use a postcode");
                    break;
                case Location.NotFound notFound:
                    modelState.AddModelError("Input.Area.Centre", notFound.Message);
                    break;
            }
        }
        return choices;
    }

    /// <summary>Puts a found (or chosen) point into the venue fields, keeping anything the lead already typed.</summary>
    public static void Use(ListingForm form, GeoPoint point, string? postcode, string? town, ModelStateDictionary modelState)
    {
        var place = form.Place;
        place.Latitude = Number(point.Latitude);
        place.Longitude = Number(point.Longitude);
        if (postcode is not null && string.IsNullOrWhiteSpace(place.Postcode))
        {
            place.Postcode = postcode;
        }
        else if (postcode is null && town is not null && string.IsNullOrWhiteSpace(place.Town))
        {
            place.Town = town;
        }
        Forget(modelState, "Place.Latitude", "Place.Longitude", "Place.Postcode", "Place.Town");
    }

    /// <summary>Drops posted values so the page shows the ones just filled in.</summary>
    private static void Forget(ModelStateDictionary modelState, params string[] fields)
    {
        foreach (var field in fields)
        {
            modelState.Remove($"Input.{field}");
        }
    }

    private static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
