namespace Hub.Domain.DemoDay.Ranking;

/// <summary>Judges linked through pitches they both scored (union–find over judge indices).</summary>
internal sealed class JudgePanels(int size)
{
    private readonly int[] _parent = [.. Enumerable.Range(0, size)];

    public int Find(int judge)
    {
        while (_parent[judge] != judge)
        {
            _parent[judge] = _parent[_parent[judge]];
            judge = _parent[judge];
        }

        return judge;
    }

    public void Join(int a, int b)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA != rootB)
        {
            _parent[rootB] = rootA;
        }
    }
}
