using System.Text;

namespace PeerSupport.Directory.Geography;

/// <summary>RFC 4180 fields of one line (quotes, doubled quotes inside), for the gazetteer and postcode files.</summary>
internal static class CsvFields
{
    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>Where each named column is in a header line (case ignored), or -1.</summary>
    public static int[] Find(string headerLine, params string[] names)
    {
        var header = Split(headerLine).Select(h => h.Trim()).ToArray();
        return [.. names.Select(name => Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase)))];
    }
}
