using Ardalis.Specification;
using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Tests.TestDoubles;
using Hub.Domain.Applicants.Intakes;
using NSubstitute;

namespace Hub.Application.Tests.Common.Paging;

public sealed class PagedListRepositoryExtensionsTests
{
    private readonly IReadRepository<Intake> _intakes = Substitute.For<IReadRepository<Intake>>();

    private static List<Intake> Intakes(int count)
    {
        var now = FixedClock.DefaultNow;
        return [.. Enumerable.Range(1, count).Select(i => Intake.Schedule($"Cohort {i}", now.AddDays(1), now.AddDays(30), 20, Guid.NewGuid(), now))];
    }

    private Task<PagedList<string>> ListPageAsync(PageRequest page, int itemsOnPage, int total)
    {
        var specification = new IntakesPageSpec(page);
        _intakes.ListAsync(specification, Arg.Any<CancellationToken>()).Returns(Intakes(itemsOnPage));
        _intakes.CountAsync(specification, Arg.Any<CancellationToken>()).Returns(total);
        return _intakes.ListPageAsync(specification, page, i => i.Name, CancellationToken.None);
    }

    [Fact]
    public void Page_skips_the_earlier_pages_and_takes_one()
    {
        var specification = new IntakesPageSpec(new PageRequest(3, 20));

        Assert.Equal(40, specification.Skip);
        Assert.Equal(20, specification.Take);
    }

    [Fact]
    public async Task A_full_page_is_counted_with_the_same_specification()
    {
        var page = await ListPageAsync(new PageRequest(2, 3), itemsOnPage: 3, total: 7);

        Assert.Equal(["Cohort 1", "Cohort 2", "Cohort 3"], page.Items);
        Assert.Equal((2, 3, 7), (page.Page, page.PageSize, page.TotalCount));
        await _intakes.Received(1).CountAsync(Arg.Any<IntakesPageSpec>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_short_page_is_the_last_one_and_needs_no_count()
    {
        var page = await ListPageAsync(new PageRequest(3, 10), itemsOnPage: 4, total: 99);

        Assert.Equal(24, page.TotalCount);
        await _intakes.DidNotReceiveWithAnyArgs().CountAsync(Arg.Any<ISpecification<Intake>>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_empty_first_page_means_an_empty_list()
    {
        var page = await ListPageAsync(new PageRequest(1, 10), itemsOnPage: 0, total: 99);

        Assert.Equal(0, page.TotalCount);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task An_empty_page_past_the_end_is_counted()
    {
        var page = await ListPageAsync(new PageRequest(5, 10), itemsOnPage: 0, total: 12);

        Assert.Equal(12, page.TotalCount);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task A_specification_paged_for_another_page_is_refused()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _intakes.ListPageAsync(new IntakesPageSpec(new PageRequest(1, 10)), new PageRequest(2, 10), i => i.Name, CancellationToken.None));

        Assert.Contains(".Page(page)", exception.Message, StringComparison.Ordinal);
    }
}
