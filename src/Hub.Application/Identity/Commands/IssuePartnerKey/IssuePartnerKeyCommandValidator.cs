using FluentValidation;
using Hub.Domain.Common;

namespace Hub.Application.Identity.Commands.IssuePartnerKey;

public sealed class IssuePartnerKeyCommandValidator : AbstractValidator<IssuePartnerKeyCommand>
{
    public IssuePartnerKeyCommandValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'name' must not be empty.").MaximumLength(200).WithName("name");
        RuleFor(c => c.Scopes).NotEmpty().WithName("scopes").WithMessage("'scopes' must name at least one scope.");
        RuleForEach(c => c.Scopes)
            .Must(PartnerScopes.IsKnown)
            .WithName("scopes")
            .WithMessage((_, scope) => $"'{scope}' is not a scope. Scopes: {string.Join(", ", PartnerScopes.All)}.");
    }
}
