using FluentValidation;
using Hub.Application.Common.Paging;
using Hub.Domain.Common;

namespace Hub.Application.Identity.Queries.ListUsers;

public sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersQueryValidator()
    {
        RuleFor(q => q.Role)
            .Must(r => string.IsNullOrEmpty(r) || Roles.Normalize(r) is not null)
            .WithName("role")
            .WithMessage($"'role' must be one of {string.Join(", ", Roles.PersonRoles)}.");
        RuleFor(q => q.Search).MaximumLength(200).WithName("q");
        RuleFor(q => q.Page).SetValidator(new PageRequestValidator());
    }
}
