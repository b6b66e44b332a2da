using System.Net;

namespace Hub.Api.Tests.Security.Matrix;

/// <summary>
/// One row of <c>authorization-matrix.md</c>: an operation, the request line it documents, the scopes of the two
/// partner keys (<c>*</c>: every scope) and the status each caller must get.
/// </summary>
internal sealed record MatrixRow(
    string OperationId,
    string Method,
    string Path,
    IReadOnlyList<string> ScopesWith,
    IReadOnlyList<string> ScopesWithout,
    IReadOnlyDictionary<MatrixCaller, HttpStatusCode> Expected)
{
    public override string ToString() => $"{OperationId} ({Method} {Path})";
}
