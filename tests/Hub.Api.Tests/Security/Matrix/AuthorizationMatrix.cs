using System.Globalization;
using System.Net;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Security.Matrix;

/// <summary>
/// Reads the hand-written tables of <c>Security/Matrix/Tables/&lt;Module&gt;.md</c> (embedded in the test assembly as
/// <c>matrix.&lt;Module&gt;.md</c>): in each, the table whose header starts with <c>| operationId | request |</c>. Its
/// caller columns must be exactly <see cref="MatrixCaller"/>, in order, and every cell a status code; an operation
/// has one row in all the tables together.
/// </summary>
internal static class AuthorizationMatrix
{
    public const string ResourceName = "Security/Matrix/Tables/*.md";

    private const string ResourcePrefix = "matrix.";

    private static readonly string[] CallerColumns =
        ["anonymous", "owner", "other founder", "mentor", "judge", "evaluator", "trainer", "manager", "admin", "partner+", "partner−", "revoked key", "garbage token"];

    private static readonly string[] LeadingColumns = ["operationId", "request", "key+", "key−"];

    private static readonly Lazy<IReadOnlyList<MatrixRow>> Table = new(() => Parse(ReadResources()));

    public static IReadOnlyList<MatrixRow> Rows => Table.Value;

    public static MatrixRow Row(string operationId) =>
        Rows.SingleOrDefault(r => r.OperationId == operationId) ?? throw new InvalidOperationException($"No row for {operationId} in {ResourceName}.");

    public static IReadOnlyList<MatrixRow> Parse(IReadOnlyDictionary<string, string> markdownByName)
    {
        var rows = markdownByName.SelectMany(table => ParseTable(table.Key, table.Value)).ToList();
        var twice = rows.GroupBy(r => r.OperationId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return twice.Count == 0 ? rows : throw new FormatException($"The matrix has more than one row for {string.Join(", ", twice)}.");
    }

    private static List<MatrixRow> ParseTable(string name, string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.Trim()).ToList();
        var header = lines.FindIndex(l => l.StartsWith("| operationId | request |", StringComparison.Ordinal));
        if (header < 0)
        {
            throw new FormatException($"{name} has no table starting with '| operationId | request |'.");
        }

        var columns = Cells(lines[header]);
        string[] expectedColumns = [.. LeadingColumns, .. CallerColumns];
        if (!columns.SequenceEqual(expectedColumns, StringComparer.Ordinal))
        {
            throw new FormatException($"The columns of {name} are [{string.Join(", ", columns)}], not [{string.Join(", ", expectedColumns)}].");
        }

        var rows = new List<MatrixRow>();
        foreach (var line in lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = Cells(line);
            if (cells.Count != expectedColumns.Length)
            {
                throw new FormatException($"The matrix row '{line}' has {cells.Count} cells, not {expectedColumns.Length}.");
            }

            var request = cells[1].Split(' ', 2);
            var expected = new Dictionary<MatrixCaller, HttpStatusCode>();
            for (var i = 0; i < CallerColumns.Length; i++)
            {
                var cell = cells[LeadingColumns.Length + i];
                if (!int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 200 or > 599)
                {
                    throw new FormatException($"{cells[0]} × {CallerColumns[i]}: '{cell}' is not a status code.");
                }

                expected[(MatrixCaller)i] = (HttpStatusCode)status;
            }

            rows.Add(new MatrixRow(cells[0], request[0], request.Length > 1 ? request[1] : "", Scopes(cells[2]), Scopes(cells[3]), expected));
        }

        return rows;
    }

    private static IReadOnlyList<string> Scopes(string cell) =>
        cell == "*" ? PartnerScopes.All : [.. cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static List<string> Cells(string line) =>
        [.. line.Trim('|').Split('|').Select(c => c.Trim())];

    private static Dictionary<string, string> ReadResources()
    {
        var assembly = typeof(AuthorizationMatrix).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException($"No {ResourceName} is embedded in the test assembly (see Hub.Api.Tests.csproj).");
        }

        return names.ToDictionary(n => n, n =>
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
            return reader.ReadToEnd();
        });
    }
}
