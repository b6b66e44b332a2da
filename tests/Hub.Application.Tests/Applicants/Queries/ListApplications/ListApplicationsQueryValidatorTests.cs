using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Application.Common.Paging;

namespace Hub.Application.Tests.Applicants.Queries.ListApplications;

public sealed class ListApplicationsQueryValidatorTests
{
    private readonly ListApplicationsQueryValidator _validator = new();

    private List<string> FailingProperties(ListApplicationsQuery query) =>
        _validator.Validate(query).Errors.Select(e => e.PropertyName).ToList();

    [Theory]
    [InlineData(null)]
    [InlineData("Submitted")]
    [InlineData("withdrawn")]
    public void Known_or_no_status_with_a_default_page_is_valid(string? status)
    {
        Assert.Empty(FailingProperties(new ListApplicationsQuery(null, status, new PageRequest())));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(200)]
    public void Page_size_at_the_edges_is_accepted(int pageSize)
    {
        Assert.Empty(FailingProperties(new ListApplicationsQuery(null, null, new PageRequest(1, pageSize))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public void Page_size_out_of_range_is_refused(int pageSize)
    {
        Assert.Equal(["PageSize"], FailingProperties(new ListApplicationsQuery(null, null, new PageRequest(1, pageSize))));
    }

    [Fact]
    public void Page_zero_is_refused()
    {
        Assert.Equal(["Page"], FailingProperties(new ListApplicationsQuery(null, null, new PageRequest(0))));
    }

    [Fact]
    public void Unknown_status_is_refused()
    {
        var result = _validator.Validate(new ListApplicationsQuery(null, "Lost", new PageRequest()));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Status", error.PropertyName);
        Assert.Contains("'Lost' is not a status", error.ErrorMessage, StringComparison.Ordinal);
    }
}
