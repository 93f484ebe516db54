using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PeerSupport.Directory.Accounts;
using PeerSupport.Directory.Data;
using PeerSupport.Directory.Web.Accounts;
using QRCoder;

namespace PeerSupport.Directory.Web.Pages.Account.Manage;

/// <summary>
/// Optional two-step sign-in with an authenticator app (TOTP, RFC 6238, through Identity's
/// built-in authenticator token provider). Turning it on needs a working code from the app and
/// shows ten recovery codes once; turning it off needs the password and forgets the app's key.
/// While it is on, a new set of recovery codes can be made (the old set stops working).
/// </summary>
[Authorize]
[EnableRateLimiting(AccountLimits.AccountForms)]
public class TwoFactorModel(DirectoryDbContext db, UserManager<DirectoryUser> users, SignInManager<DirectoryUser> signIn, TimeProvider clock, SecurityLog log) : PageModel
{
    public const string Issuer = "PeerSupport.Directory";

    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";

    /// <summary>The set-up link as a QR code: an SVG drawn here, shown as a data: image (no script, no other origin).</summary>
    public string QrCodeDataUri { get; private set; } = "";

    /// <summary>Shown once, right after two-step sign-in is turned on or new codes are made.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>The codes shown replace an earlier set (rather than coming with turning two-step sign-in on).</summary>
    public bool RecoveryCodesReplaced { get; private set; }

    [BindProperty]
    [Display(Name = "Code from the app")]
    public string? Code { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string? Password { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        if (await RefuseWithoutPasswordAsync(user))
        {
            return Page();
        }
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), code.Length == 0
                ? "Enter the 6-digit code your app shows"
                : "That code didn't work. Check the key was typed in full, and that your phone's clock is right.");
            Code = null;
            await LoadAsync(user);
            return Page();
        }
        IEnumerable<string>? codes = null;
        var now = clock.GetUtcNow().UtcDateTime;
        await AccountTransaction.RunAsync(db, async () =>
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
            await AccountEmails.QueueNoticeAsync(db, user.Email!, "Two-step sign-in is on",
                "Two-step sign-in with an authenticator app has been turned on for your PeerSupport.Directory account.",
                $"account-2fa-on:{user.Id}:{now.Ticks}", now);
            await db.SaveChangesAsync();
            return true;
        });
        await signIn.RefreshSignInAsync(user);
        await log.RecordAsync(SecurityEvents.TwoFactorOn, user.Id);
        await LoadAsync(user);
        RecoveryCodes = [.. codes ?? []];
        return Page();
    }

    /// <summary>Ten new recovery codes, shown once; Identity stores only the new set, so every old code stops working.</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        if (await RefuseWithoutPasswordAsync(user))
        {
            return Page();
        }
        IEnumerable<string>? codes = null;
        var now = clock.GetUtcNow().UtcDateTime;
        await AccountTransaction.RunAsync(db, async () =>
        {
            codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
            await AccountEmails.QueueNoticeAsync(db, user.Email!, "New recovery codes",
                "A new set of recovery codes was made for your PeerSupport.Directory account. The old codes no longer work.",
                $"account-2fa-codes:{user.Id}:{now.Ticks}", now);
            await db.SaveChangesAsync();
            return true;
        });
        await LoadAsync(user);
        RecoveryCodes = [.. codes ?? []];
        RecoveryCodesReplaced = true;
        await log.RecordAsync(SecurityEvents.RecoveryCodesRenewed, user.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (await RefuseWithoutPasswordAsync(user))
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await AccountTransaction.RunAsync(db, async () =>
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            // A new key: the app's old codes stop working, and turning it on again starts afresh.
            await users.ResetAuthenticatorKeyAsync(user);
            await AccountEmails.QueueNoticeAsync(db, user.Email!, "Two-step sign-in is off",
                "Two-step sign-in has been turned off for your PeerSupport.Directory account. You now sign in with your password alone.",
                $"account-2fa-off:{user.Id}:{now.Ticks}", now);
            await db.SaveChangesAsync();
            return true;
        });
        await log.RecordAsync(SecurityEvents.TwoFactorOff, user.Id);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    /// <summary>
    /// Turning two-step sign-in on or off and making new recovery codes all ask for the password
    /// (counted towards lockout, <see cref="PasswordCheck"/>): someone at an unlocked, signed-in
    /// computer must not be able to put their own phone, or their own codes, on the account.
    /// </summary>
    private async Task<bool> RefuseWithoutPasswordAsync(DirectoryUser user)
    {
        if (PasswordCheck.Refusal(await PasswordCheck.CheckAsync(users, user, Password)) is not { } refusal)
        {
            return false;
        }
        ModelState.AddModelError(nameof(Password), refusal);
        Password = null;
        Code = null;
        await LoadAsync(user);
        return true;
    }

    private async Task LoadAsync(DirectoryUser user)
    {
        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = FormatKey(key);
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        QrCodeDataUri = QrCode(AuthenticatorUri);
    }

    public static string QrCode(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    /// <summary>"ABCDEFGH..." → "abcd efgh ...": easier to read aloud and type into an app.</summary>
    public static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
