using System.Text;
using QRCoder;

namespace PeerSupport.Directory.Web.Sharing;

/// <summary>QR codes drawn on the server as SVG and shown as data: images: no script, no request, and they print sharply.</summary>
public static class QrCodes
{
    public static string SvgDataUri(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
