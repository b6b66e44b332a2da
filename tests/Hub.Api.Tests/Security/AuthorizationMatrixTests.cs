using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Security.Fuzzing;
using Hub.Api.Tests.Security.Matrix;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Security;

/// <summary>
/// The authorization matrix (<c>Security/authorization-matrix.md</c>) against the real app: every operation of the
/// served document has a row, every row an operation and a fixture, and every caller of every row gets the status
/// the row says for a valid request. The expectations are the hand-written table; nothing here reads the requests'
/// <c>Allow…</c> declarations.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class AuthorizationMatrixTests(HubApiFactory factory, ITestOutputHelper output)
{
    public static TheoryData<string> OperationIds => [.. AuthorizationMatrix.Rows.Select(r => r.OperationId)];

    [Fact]
    public async Task Every_operation_of_the_served_document_has_a_row_and_every_row_an_operation()
    {
        var operations = await DocumentOperationsAsync();

        var missing = operations.Where(o => AuthorizationMatrix.Rows.All(r => r.OperationId != o.OperationId)).Select(o => o.ToString()).ToList();
        Assert.True(missing.Count == 0, $"Operations without a row in {AuthorizationMatrix.ResourceName} (add the row and its fixture in MatrixFixtures): {string.Join(", ", missing)}");

        var gone = AuthorizationMatrix.Rows.Where(r => operations.All(o => o.OperationId != r.OperationId)).Select(r => r.ToString()).ToList();
        Assert.True(gone.Count == 0, $"Rows of {AuthorizationMatrix.ResourceName} whose operation the document no longer has: {string.Join(", ", gone)}");

        foreach (var row in AuthorizationMatrix.Rows)
        {
            var operation = operations.Single(o => o.OperationId == row.OperationId);
            Assert.True(operation.Method == row.Method && operation.Path == row.Path, $"The row {row} says another request than the document: {operation.Method} {operation.Path}");
        }
    }

    [Fact]
    public void Every_row_has_a_fixture_and_every_fixture_a_row()
    {
        var rows = AuthorizationMatrix.Rows.Select(r => r.OperationId).ToHashSet();
        Assert.Empty(rows.Except(MatrixFixtures.ByOperationId.Keys));
        Assert.Empty(MatrixFixtures.ByOperationId.Keys.Except(rows));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task Every_caller_gets_the_status_the_matrix_says(string operationId)
    {
        var row = AuthorizationMatrix.Row(operationId);
        Assert.True(MatrixFixtures.ByOperationId.TryGetValue(operationId, out var fixture), $"{row} has no fixture in MatrixFixtures.");
        var world = await MatrixWorld.ForAsync(factory);
        var route = RouteOf(row);
        var watch = Stopwatch.StartNew();

        var failures = new List<string>();
        foreach (var (caller, expected) in row.Expected)
        {
            var client = await world.ClientAsync(caller, row);
            using var request = await fixture(world, (int)expected is >= 200 and < 300);
            Assert.True(
                request.Method.Method == row.Method && route.IsMatch(request.RequestUri!.OriginalString.Split('?')[0]),
                $"The fixture of {row} sends {request.Method} {request.RequestUri}.");

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != expected)
            {
                failures.Add($"{caller}: expected {(int)expected}, got {(int)response.StatusCode}: {FuzzCase.Excerpt(body)}");
            }
            else if ((int)expected >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{caller}: the {(int)expected} is {response.Content.Headers.ContentType?.MediaType}, not application/problem+json");
            }
        }

        output.WriteLine($"{row}: {row.Expected.Count} cells in {watch.ElapsedMilliseconds} ms");
        Assert.True(failures.Count == 0, $"{row}:\n{string.Join('\n', failures)}");
    }

    private async Task<IReadOnlyList<ApiOperation>> DocumentOperationsAsync()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ApiDocument.Parse(await response.Content.ReadAsStringAsync()).Operations;
    }

    private static Regex RouteOf(MatrixRow row) =>
        new($"^{Regex.Replace(Regex.Escape(row.Path), @"\\\{[^}]+}", "[^/]+")}$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
