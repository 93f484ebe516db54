namespace PeerSupport.Directory.Web.Sharing;

/// <summary>
/// Plain links that hand a message to the person's own email, text or WhatsApp app. No
/// third-party script, button or pixel: nothing leaves this site until they choose to send.
/// </summary>
public sealed record ShareLinks(string Url, string Title)
{
    public static readonly string[] Channels = ["email", "text", "whatsapp"];

    private string Message => $"{Title}: {Url}";

    public string Email => $"mailto:?subject={Uri.EscapeDataString(Title)}&body={Uri.EscapeDataString($"I thought this might help: {Message}")}";

    public string Text => $"sms:?&body={Uri.EscapeDataString(Message)}";

    public string WhatsApp => $"https://wa.me/?text={Uri.EscapeDataString(Message)}";

    public string? For(string channel) => channel switch
    {
        "email" => Email,
        "text" => Text,
        "whatsapp" => WhatsApp,
        _ => null,
    };
}
