namespace PeerSupport.Directory.Geography;

/// <summary>Optimal string alignment distance (insert, delete, substitute, swap two neighbours), stopping early past a bound.</summary>
public static class EditDistance
{
    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1
    /// when it is larger. Without <paramref name="substitute"/>, changing a letter costs two
    /// (drop one, add another): letters left out, doubled or swapped, not changed.
    /// </summary>
    public static int Bounded(string a, string b, int max, bool substitute = true)
    {
        if (Math.Abs(a.Length - b.Length) > max || a.Length > 128 || b.Length > 128)
        {
            return max + 1;
        }
        var (n, m) = (a.Length, b.Length);
        Span<int> previous2 = stackalloc int[m + 1];
        Span<int> previous = stackalloc int[m + 1];
        Span<int> current = stackalloc int[m + 1];
        for (var j = 0; j <= m; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= n; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= m; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : substitute ? 1 : 2;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, previous2[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return Math.Min(previous[m], max + 1);
    }
}
