using System.ComponentModel.DataAnnotations;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>
/// A password being chosen: a password field whose length meets <see cref="PasswordRule"/>, checked
/// with the rest of the form before Identity sees it. [Required] goes beside it with the page's own words.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NewPasswordAttribute() : DataTypeAttribute(DataType.Password)
{
    public override bool IsValid(object? value) =>
        value is not string password || password.Length is >= PasswordRule.MinimumLength and <= PasswordRule.MaximumLength;

    public override string FormatErrorMessage(string name) => PasswordRule.TooShort;
}
