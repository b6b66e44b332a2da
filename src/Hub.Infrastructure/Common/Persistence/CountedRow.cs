namespace Hub.Infrastructure.Common.Persistence;

/// <summary>One row of a page with the count of the whole list beside it (<see cref="SpecificationEvaluator.ApplyCounted{T, TResult}"/>).</summary>
internal sealed class CountedRow<TResult>
{
    public required TResult Item { get; init; }

    public required int Total { get; init; }
}
