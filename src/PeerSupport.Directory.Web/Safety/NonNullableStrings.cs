using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace PeerSupport.Directory.Web.Safety;

/// <summary>
/// A form field typed <c>string</c> (not <c>string?</c>) is never bound as null. The framework
/// turns an empty or whitespace-only value into null by default, so a page that trusted the
/// type and trimmed it threw (a blank email on "Message this group" was a server error); kept as
/// typed, <c>[Required]</c> still refuses it with the field's own message.
/// </summary>
public sealed class NonNullableStrings : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key is { MetadataKind: ModelMetadataKind.Property, PropertyInfo: { } property } && property.PropertyType == typeof(string)
            && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.NotNull)
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }
}
