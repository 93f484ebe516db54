using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PeerSupport.Directory.Web.Safety;

/// <summary>
/// Yes/no fields (checkboxes) read as <c>true</c> or <c>false</c> only. The framework's binder
/// keeps any other value ("maybe") as the field's attempted value, and the checkbox tag helper
/// then throws converting it back to a boolean when the form is shown again: a server error for
/// one hostile field. Here the field gets a message and is shown unticked; the rest of the form
/// keeps what was typed.
/// </summary>
public sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public const string Message = "Tick the box or leave it empty";

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? new CheckboxModelBinder() : null;

    private sealed class CheckboxModelBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            // A ticked checkbox posts "true" then its hidden "false": the first value is the answer.
            if (values == ValueProviderResult.None || string.IsNullOrWhiteSpace(values.FirstValue))
            {
                return Task.CompletedTask;
            }
            if (bool.TryParse(values.FirstValue.Trim(), out var value))
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, values);
                bindingContext.Result = ModelBindingResult.Success(value);
                return Task.CompletedTask;
            }
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: false, attemptedValue: "false");
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Message);
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
    }
}
