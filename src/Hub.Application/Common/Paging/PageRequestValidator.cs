using FluentValidation;

namespace Hub.Application.Common.Paging;

public sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(p => p.Page).InclusiveBetween(1, PageRequest.MaxPage).WithName("page");
        RuleFor(p => p.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).WithName("pageSize");
    }
}
