using Hub.Domain.DemoDay.Ranking;

namespace Hub.Domain.Tests.DemoDay;

/// <summary>
/// The additive model solved the long way: the full normal equations in (q, b) plus one Lagrange multiplier per
/// connected panel for Σ b = 0 (the KKT system), by Gaussian elimination with partial pivoting.
/// </summary>
internal static class BruteForceAdditive
{
    public static (Dictionary<Guid, double> Quality, Dictionary<Guid, double> Bias) Fit(IReadOnlyList<SheetScore> sheets)
    {
        var pitches = sheets.Select(s => s.PitchId).Distinct().ToList();
        var judges = sheets.Select(s => s.JudgeUserId).Distinct().ToList();
        var panels = Panels(sheets, judges);
        var (np, nj, nc) = (pitches.Count, judges.Count, panels.Count);
        var n = np + nj + nc;
        var a = new double[n, n + 1];
        foreach (var s in sheets)
        {
            int[] columns = [pitches.IndexOf(s.PitchId), np + judges.IndexOf(s.JudgeUserId)];
            foreach (var row in columns)
            {
                foreach (var column in columns)
                {
                    a[row, column] += 1;
                }

                a[row, n] += s.Score;
            }
        }

        for (var c = 0; c < nc; c++)
        {
            foreach (var judge in panels[c])
            {
                var j = np + judges.IndexOf(judge);
                a[np + nj + c, j] = 1;
                a[j, np + nj + c] = 1;
            }
        }

        var x = Gauss(a, n);
        return (pitches.Select((p, i) => (p, i)).ToDictionary(t => t.p, t => x[t.i]), judges.Select((j, i) => (j, i)).ToDictionary(t => t.j, t => x[np + t.i]));
    }

    private static List<HashSet<Guid>> Panels(IReadOnlyList<SheetScore> sheets, List<Guid> judges)
    {
        var panels = new List<HashSet<Guid>>();
        var left = new HashSet<Guid>(judges);
        while (left.Count > 0)
        {
            var panel = new HashSet<Guid> { left.First() };
            bool grew;
            do
            {
                var pitches = sheets.Where(s => panel.Contains(s.JudgeUserId)).Select(s => s.PitchId).ToHashSet();
                var before = panel.Count;
                panel.UnionWith(sheets.Where(s => pitches.Contains(s.PitchId)).Select(s => s.JudgeUserId));
                grew = panel.Count > before;
            }
            while (grew);
            left.ExceptWith(panel);
            panels.Add(panel);
        }

        return panels;
    }

    private static double[] Gauss(double[,] a, int n)
    {
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(a[r, col]));
            for (var k = 0; k <= n; k++)
            {
                (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
            }

            for (var r = 0; r < n; r++)
            {
                if (r != col && a[r, col] != 0)
                {
                    var f = a[r, col] / a[col, col];
                    for (var k = col; k <= n; k++)
                    {
                        a[r, k] -= f * a[col, k];
                    }
                }
            }
        }

        return [.. Enumerable.Range(0, n).Select(i => a[i, n] / a[i, i])];
    }
}
