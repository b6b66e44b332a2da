namespace Hub.Api.Tests.Security.Matrix;

/// <summary>
/// One module's valid requests for the matrix, by operationId: <c>succeeds</c> says whether the cell expects a
/// success, so a request that changes state gets fresh resources, and a refused one aims at a shared resource in the
/// state the operation needs (its refusal can then only come from who is asking). Found by reflection: a module
/// adds its <c>Fixtures/&lt;Module&gt;MatrixFixtures.cs</c> and its table and touches nothing shared.
/// </summary>
internal interface IMatrixFixtures
{
    IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; }
}

/// <summary>Builds the valid request a cell sends; a fresh one per cell.</summary>
internal delegate Task<HttpRequestMessage> MatrixFixture(MatrixWorld world, bool succeeds);
