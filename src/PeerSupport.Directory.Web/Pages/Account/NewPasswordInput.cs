using System.ComponentModel.DataAnnotations;
using PeerSupport.Directory.Web.Accounts;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>A password being chosen and the same typed again, as registering and resetting ask for them (<see cref="PasswordRule"/>).</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Enter a password")]
    [NewPassword]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Enter the password again")]
    [Compare(nameof(Password), ErrorMessage = PasswordRule.NotTheSame)]
    [DataType(DataType.Password)]
    [Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = "";
}
