using System.Text;

namespace PeerSupport.Directory.Benchmarks;

/// <summary>What the run measured, printed as it goes and written as one markdown document at the end.</summary>
/// <param name="title">The document's heading.</param>
/// <param name="checksTitle">The heading of the checks (the benchmark's are the brute-force ones).</param>
internal sealed class Report(string title = "PeerSupport.Directory benchmark report", string checksTitle = "Correctness against brute force")
{
    private readonly List<string> context = [];
    private readonly List<(string Stage, string Metric, string Value, string Note)> figures = [];
    private readonly List<(string Target, string Measured, bool? Met)> targets = [];
    private readonly List<(string Check, bool Passed, string Detail)> checks = [];
    private readonly List<string> notes = [];

    public void Context(string line) => context.Add(line);

    public void Figure(string stage, string metric, string value, string note = "")
    {
        figures.Add((stage, metric, value, note));
        Console.WriteLine($"  {stage} | {metric}: {value}{(note.Length > 0 ? $" ({note})" : "")}");
    }

    /// <summary>A target from issue 3; null when this run cannot judge it (e.g. a target for the other data size).</summary>
    public void Target(string target, string measured, bool? met) => targets.Add((target, measured, met));

    public void Check(string check, bool passed, string detail)
    {
        checks.Add((check, passed, detail));
        Console.WriteLine($"  check | {(passed ? "pass" : "FAIL")} {check}: {detail}");
    }

    public void Note(string note)
    {
        notes.Add(note);
        Console.WriteLine($"  note | {note}");
    }

    public bool AllChecksPassed => checks.All(c => c.Passed);

    public IReadOnlyList<(string Check, bool Passed, string Detail)> Checks => checks;

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine($"# {title}").AppendLine();
        foreach (var line in context)
        {
            md.AppendLine($"- {line}");
        }
        md.AppendLine().AppendLine("## Figures").AppendLine();
        md.AppendLine("| stage | metric | value | notes |").AppendLine("|---|---|---|---|");
        foreach (var (stage, metric, value, note) in figures)
        {
            md.AppendLine($"| {Cell(stage)} | {Cell(metric)} | {Cell(value)} | {Cell(note)} |");
        }
        if (targets.Count > 0)
        {
            md.AppendLine().AppendLine("## Targets (issue 3)").AppendLine();
            md.AppendLine("| target | measured | met |").AppendLine("|---|---|---|");
            foreach (var (target, measured, met) in targets)
            {
                md.AppendLine($"| {Cell(target)} | {Cell(measured)} | {met switch { true => "yes", false => "**no**", null => "n/a" }} |");
            }
        }
        if (checks.Count > 0)
        {
            md.AppendLine().AppendLine($"## {checksTitle}").AppendLine();
            md.AppendLine("| check | result | detail |").AppendLine("|---|---|---|");
            foreach (var (check, passed, detail) in checks)
            {
                md.AppendLine($"| {Cell(check)} | {(passed ? "pass" : "**FAIL**")} | {Cell(detail)} |");
            }
        }
        if (notes.Count > 0)
        {
            md.AppendLine().AppendLine("## Notes").AppendLine();
            foreach (var note in notes)
            {
                md.AppendLine($"- {note}");
            }
        }
        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
