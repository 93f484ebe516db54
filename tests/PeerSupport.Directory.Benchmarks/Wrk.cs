using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>wrk (if installed) over the same results-page paths, round-robin from a Lua script.</summary>
internal static partial class Wrk
{
    public sealed record Result(double PerSecond, double P50, double P99, string Errors);

    public static async Task<Result?> RunAsync(Uri site, IReadOnlyList<string> paths, int connections, int seconds)
    {
        var wrk = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "wrk")).FirstOrDefault(File.Exists);
        if (wrk is null)
        {
            return null;
        }
        var script = Path.Combine(Path.GetTempPath(), $"psd-wrk-{Environment.ProcessId}.lua");
        var lua = new StringBuilder("local paths = {\n");
        foreach (var path in paths)
        {
            lua.Append("  \"").Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).AppendLine("\",");
        }
        lua.AppendLine("}").AppendLine("local i = 0").AppendLine("request = function()")
            .AppendLine("  i = i + 1").AppendLine("  return wrk.format(\"GET\", paths[(i % #paths) + 1])").AppendLine("end");
        await File.WriteAllTextAsync(script, lua.ToString());
        try
        {
            var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "30s", "--latency", "-s", script, site.ToString().TrimEnd('/') })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return Parse(output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static Result? Parse(string output)
    {
        var perSecond = RequestsPerSecond().Match(output);
        var p50 = Percentile("50", output);
        var p99 = Percentile("99", output);
        if (!perSecond.Success || p50 is null || p99 is null)
        {
            return null;
        }
        var errors = string.Join("; ", output.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("Socket errors", StringComparison.Ordinal) || l.StartsWith("Non-2xx", StringComparison.Ordinal)));
        return new Result(double.Parse(perSecond.Groups[1].Value, CultureInfo.InvariantCulture), p50.Value, p99.Value, errors.Length == 0 ? "no errors" : errors);
    }

    private static double? Percentile(string percent, string output)
    {
        var match = Regex.Match(output, $@"^\s*{percent}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();
}
