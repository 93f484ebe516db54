
using PeerSupport.Directory.Mail;

namespace PeerSupport.Directory.Web.Mail;

public static class MailSetup
{
    /// <summary>The outbox's delivery: SMTP when configured, otherwise .eml files in the data folder's pickup folder.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Mode != MailOptions.SmtpMode || !string.IsNullOrWhiteSpace(o.SmtpHost), "Mail:SmtpHost is required when Mail:Mode is Smtp.")
            .ValidateOnStart();
        var mode = configuration[$"{MailOptions.Section}:Mode"] ?? MailOptions.PickupMode;
        if (mode == MailOptions.SmtpMode)
        {
            services.AddSingleton<IMailTransport, SmtpTransport>();
        }
        else
        {
            services.AddSingleton<PickupFolderTransport>();
            services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<PickupFolderTransport>());
        }
        services.AddScoped<OutboxDelivery>();
        services.AddSingleton<OutboxSignal>();
        return services;
    }

    /// <summary>A serving node sends mail as soon as it is committed (commands queue mail and leave it to the site).</summary>
    public static IServiceCollection AddMailSender(this IServiceCollection services) =>
        services.AddHostedService<OutboxSender>();
}
