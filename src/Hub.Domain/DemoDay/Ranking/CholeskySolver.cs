namespace Hub.Domain.DemoDay.Ranking;

/// <summary>Solves A x = b for a symmetric positive definite A (dense; the judges of one Demo Day, at most a few hundred).</summary>
public static class CholeskySolver
{
    public static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        if (a.GetLength(0) != n || a.GetLength(1) != n)
        {
            throw new ArgumentException("The matrix must be square and match the right-hand side.", nameof(a));
        }

        var lower = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                if (i == j)
                {
                    lower[i, i] = sum > 0 ? Math.Sqrt(sum) : throw new ArgumentException("The matrix is not positive definite.", nameof(a));
                }
                else
                {
                    lower[i, j] = sum / lower[j, j];
                }
            }
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= lower[i, k] * y[k];
            }

            y[i] = sum / lower[i, i];
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= lower[k, i] * x[k];
            }

            x[i] = sum / lower[i, i];
        }

        return x;
    }
}
