using System.Globalization;

namespace PeerSupport.Directory.Web.Tests.Support;

/// <summary>One hostile value, numbered in the corpus, as it goes into a URL or a form body (already percent-encoded).</summary>
public sealed record HostileValue(int Index, string Encoded);

/// <summary>
/// The fixed corpus of hostile values (issue 14): control characters (NUL, CR/LF and the rest),
/// Lucene query syntax, HTML and script, CRLF meant for email headers, huge, negative and
/// not-a-number numbers, overlong strings, and percent-encodings that are not valid UTF-8. Built
/// the same way on every run: a list of atoms, each also wrapped in the ways people and scripts
/// wrap them, plus encodings that can only be written already encoded.
/// </summary>
public static class HostileValues
{
    private static readonly string[] Atoms =
    [
        "", " ", "   ", "\t", "\0", "\r", "\n", "\r\n", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\u200b", "\u202e", "\ufffd",
        .. Enumerable.Range(1, 31).Where(c => c is not 9 and not 10 and not 13).Select(c => ((char)c).ToString()),
        "<script>alert(1)</script>", "\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
        "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "</textarea><script>alert(1)</script>", "<!--", "]]>", "&lt;b&gt;", "&#0;",
        "title:(a OR b)*~", "*", "?", "a~2", "\"unterminated", "(", ")", "[a TO z]", "{a TO z}", "+-&&||!(){}[]^\"~*?:\\/", "AND", "OR NOT", "\\",
        "name:*", "*:*", "a^100000", "/regex.*/", "field:\"phrase\"~10000",
        "../../etc/passwd", "..\\..\\windows", "/", "//evil.example", "https://evil.example/", "%", "%%", "%zz", "%00", "%0d%0a",
        "NaN", "Infinity", "-Infinity", "1e308", "-1e308", "1e-400", "9999999999999999999999", "-9223372036854775809", "2147483648", "-2147483649",
        "-1", "0", "-0", "00", "1.5", "1,5", "0x10", "1_000", "+1", "٣", "１", "true", "false", "maybe", "on", "null", "undefined",
        "{\"a\":1}", "[1,2]", "{", "'", "''", "\"", "'; DROP TABLE Listings;--", "' OR '1'='1", "${7*7}", "{{7*7}}", "@(1+1)", "=cmd|' /C calc'!A0",
        "x@example.com\r\nBcc: victim@example.com", "Subject: hi\r\n\r\nbody", "a\r\nSet-Cookie: x=1", "name@example.com\nTo: other@example.com",
        "😀", "e\u0301\u0301\u0301", "مرحبا", "日本語", "ǅ", "İ", "ß",
    ];

    private static readonly Func<string, string>[] Wrappers =
    [
        a => a,
        a => $"Leeds {a}",
        a => $"{a} group",
        a => a + a + a,
        a => $"<b>{a}</b>",
        a => $"\r\n{a}",
        a => $"{a}\r\nBcc: hostile@example.com",
        a => $"\"{a}'",
        a => $"{a}\0",
        a => $"women {a} OR tag:*",
    ];

    /// <summary>Only sendable already encoded: bytes that are not UTF-8, overlong forms, lone surrogates, broken escapes.</summary>
    private static readonly string[] RawEncodings =
    [
        "%FF", "%FE%FF", "%C0%AE", "%C0%80", "%C3%28", "%E2%28%A1", "%ED%A0%80", "%ED%BF%BF", "%F4%90%80%80", "%F8%88%80%80%80", "%80", "%BF",
        "%E0%80%AF", "%C1%BF", "%F0%28%8C%BC", "%25", "%2", "%u0041", "%%30%30", "%2500", "%E2%80%AE", "%00%00%00", "a%00b", "%0D%0ASet-Cookie:%20x=1",
        "%3Cscript%3Ealert(1)%3C/script%3E", "%253Cscript%253E", "+", "++", "a+b", "%2B", "&", "=", "==", "a=b&c=d",
    ];

    public static IReadOnlyList<HostileValue> All()
    {
        var texts = Atoms.SelectMany(a => Wrappers.Select(w => w(a)))
            .Concat(Overlong())
            .Distinct(StringComparer.Ordinal)
            .Select(Uri.EscapeDataString);
        return [.. texts.Concat(RawEncodings).Distinct(StringComparer.Ordinal).Select((encoded, i) => new HostileValue(i, encoded))];
    }

    private static IEnumerable<string> Overlong()
    {
        foreach (var length in new[] { 101, 257, 1001, 4001, 10_001, 100_001 })
        {
            yield return new string('a', length);
        }
        yield return string.Concat(Enumerable.Repeat("é", 5_000));
        yield return string.Concat(Enumerable.Repeat("<script>alert(1)</script>", 500));
        yield return string.Concat(Enumerable.Repeat("a OR ", 2_000));
        yield return string.Join(' ', Enumerable.Range(0, 1_000).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        yield return new string('(', 5_000);
        yield return new string('\n', 5_000);
    }
}
