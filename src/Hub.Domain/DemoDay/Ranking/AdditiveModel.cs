namespace Hub.Domain.DemoDay.Ranking;

/// <summary>
/// Least squares of y_jp = q_p + b_j over the scored (judge, pitch) cells, so a lenient judge who saw the weaker
/// pitches does not lift them. The normal equations are solved exactly: q is eliminated
/// (q_p = (Σ_j y_jp − Σ_j b_j) / n_p), leaving a judges × judges system L b = r whose matrix is singular along one
/// constant per panel (judges linked through shared pitches). Biases are pinned to sum to zero within each
/// connected panel, which is what Σ b_j = 0 means when panels are disconnected: pitches of separate panels are then
/// compared on their panels' own footing, since nothing in the data links the panels' scales. Adding 1·1ᵀ per panel
/// makes the matrix positive definite and the solution satisfies Σ b = 0 there (r sums to zero on each panel).
/// </summary>
public static class AdditiveModel
{
    public static AdditiveFit Fit(IReadOnlyList<SheetScore> sheets)
    {
        var judges = sheets.Select(s => s.JudgeUserId).Distinct().ToList();
        var judgeIndex = judges.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var byPitch = sheets.GroupBy(s => s.PitchId).ToList();
        var size = judges.Count;
        var matrix = new double[size, size];
        var rhs = new double[size];

        foreach (var sheet in sheets)
        {
            var j = judgeIndex[sheet.JudgeUserId];
            matrix[j, j] += 1;
            rhs[j] += sheet.Score;
        }

        var panels = new JudgePanels(size);
        foreach (var pitch in byPitch)
        {
            var members = pitch.Select(s => judgeIndex[s.JudgeUserId]).ToArray();
            var share = 1.0 / members.Length;
            var pitchMean = pitch.Sum(s => s.Score) * share;
            foreach (var k in members)
            {
                rhs[k] -= pitchMean;
                foreach (var l in members)
                {
                    matrix[k, l] -= share;
                }

                panels.Join(members[0], k);
            }
        }

        var panelOf = Enumerable.Range(0, size).Select(panels.Find).ToArray();
        for (var k = 0; k < size; k++)
        {
            for (var l = 0; l < size; l++)
            {
                if (panelOf[k] == panelOf[l])
                {
                    matrix[k, l] += 1;
                }
            }
        }

        var bias = CholeskySolver.Solve(matrix, rhs);
        var quality = byPitch.ToDictionary(
            p => p.Key,
            p => p.Sum(s => s.Score - bias[judgeIndex[s.JudgeUserId]]) / p.Count());
        return new AdditiveFit(quality, judges.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => bias[x.i]));
    }
}
