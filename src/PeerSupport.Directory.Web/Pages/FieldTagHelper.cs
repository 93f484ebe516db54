using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PeerSupport.Directory.Web.Pages;

/// <summary>
/// A form field's wrapper, <c>&lt;div field-for="Input.Email"&gt;</c> (or <c>field-key="intoTagId"</c>
/// for a value that is not part of the model): class "field", and "field-error" when the field
/// has a message, so a field is marked wherever its message is (see _ErrorSummary.cshtml). A
/// fieldset gets the field's id, for the summary's link.
/// </summary>
[HtmlTargetElement(Attributes = ForAttribute)]
[HtmlTargetElement(Attributes = KeyAttribute)]
public sealed class FieldTagHelper : TagHelper
{
    private const string ForAttribute = "field-for";
    private const string KeyAttribute = "field-key";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName(KeyAttribute)]
    public string? Key { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.AddClass("field", HtmlEncoder.Default);
        var key = For is { } expression ? ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name) : Key ?? "";
        // A group of radios or boxes has no input of the field's own id: the summary's link lands on the group.
        if (output.TagName == "fieldset" && !output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", TagBuilder.CreateSanitizedId(key, "_"));
        }
        if (ViewContext.ViewData.ModelState.GetFieldValidationState(key) == ModelValidationState.Invalid)
        {
            output.AddClass("field-error", HtmlEncoder.Default);
        }
    }
}
