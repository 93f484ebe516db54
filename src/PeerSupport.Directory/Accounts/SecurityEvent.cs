namespace PeerSupport.Directory.Accounts;

/// <summary>
/// One entry of the security event log (sign-ins, lockouts, resets, two-step changes, roles,
/// suspensions, claims decided), for admins at /admin/security. It names the account by id and
/// the kind of event, never a password, a code, an email address typed at sign-in, an email's
/// words, a search or an IP address. Kept for <c>Accounts:SecurityEventDays</c>.
/// </summary>
public class SecurityEvent
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>One of <see cref="SecurityEvents"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The account it happened to; null when no account matched (a sign-in for an unknown address).</summary>
    public string? UserId { get; set; }

    /// <summary>Who did it, when not the account itself: "user:{id}" of an admin or moderator, or "system".</summary>
    public string? ByUserId { get; set; }

    /// <summary>A short fact that identifies nobody: a role's name, a claim's id.</summary>
    public string Detail { get; set; } = "";
}

/// <summary>The kinds of <see cref="SecurityEvent"/>.</summary>
public static class SecurityEvents
{
    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string TwoFactorOn = "two-step-on";
    public const string TwoFactorOff = "two-step-off";
    public const string TwoFactorResetByAdmin = "two-step-reset-by-admin";
    public const string RecoveryCodesRenewed = "recovery-codes-renewed";
    public const string RoleGranted = "role-granted";
    public const string RoleRemoved = "role-removed";
    public const string Suspended = "suspended";
    public const string SuspensionLifted = "suspension-lifted";
    public const string ClaimApproved = "claim-approved";
    public const string ClaimRejected = "claim-rejected";
    public const string EmailChanged = "email-changed";
    public const string AdminHandedOver = "admin-link-used";
}
