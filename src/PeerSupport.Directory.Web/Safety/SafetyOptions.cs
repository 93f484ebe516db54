namespace PeerSupport.Directory.Web.Safety;

/// <summary>The "Safety" section: the crisis line on every page and where quick exit goes.</summary>
public sealed class SafetyOptions
{
    public const string Section = "Safety";

    /// <summary>Where "Leave this site" goes: an everyday page that looks unremarkable in a browser.</summary>
    public string QuickExitUrl { get; set; } = "https://www.bbc.co.uk/weather";

    public string CrisisHeading { get; set; } = "Need help now?";

    /// <summary>Searches and place suggestions one client may send at once before the refill rate applies.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int SearchBurst { get; set; } = 120;

    /// <summary>Searches a second one client may go on sending after the burst.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int SearchPerSecond { get; set; } = 2;

    /// <summary>Open-data API requests one client may send at once before the refill rate applies.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int OpenDataBurst { get; set; } = 600;

    /// <summary>Open-data API requests a second one client may go on sending after the burst (a harvest of a page at a time stays under it).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, int.MaxValue)]
    public int OpenDataPerSecond { get; set; } = 20;

    /// <summary>Crisis lines, shortest first. Empty in configuration means the UK defaults below.</summary>
    public List<CrisisLine> CrisisLines { get; set; } = [];

    public static readonly IReadOnlyList<CrisisLine> UkDefaults =
    [
        new("In danger now", "call 999 or go to A&E", "tel:999"),
        new("NHS 111", "option 2 for urgent mental health help, any time", "tel:111"),
        new("Samaritans", "call 116 123, free, any time", "tel:116123"),
        new("Shout", "text SHOUT to 85258", "sms:85258"),
    ];

    public IReadOnlyList<CrisisLine> Lines => CrisisLines.Count > 0 ? CrisisLines : UkDefaults;
}

public sealed record CrisisLine(string Name, string Detail, string? Link)
{
    public CrisisLine() : this("", "", null)
    {
    }
}
