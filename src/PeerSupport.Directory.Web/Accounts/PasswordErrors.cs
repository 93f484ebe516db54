using Microsoft.AspNetCore.Identity;

namespace PeerSupport.Directory.Web.Accounts;

/// <summary>Identity's own words for a password it refuses, replaced by <see cref="PasswordRule"/>'s, so a refusal reads the same wherever it comes from.</summary>
public sealed class PasswordErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = PasswordRule.TooShort };
}
