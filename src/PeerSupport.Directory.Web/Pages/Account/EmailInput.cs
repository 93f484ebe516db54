using System.ComponentModel.DataAnnotations;

namespace PeerSupport.Directory.Web.Pages.Account;

/// <summary>The email address an account form asks for (sign in, forgotten password, resend confirmation, register).</summary>
public class EmailInput
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com")]
    [StringLength(256, ErrorMessage = "Email addresses are at most 256 characters")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";
}
