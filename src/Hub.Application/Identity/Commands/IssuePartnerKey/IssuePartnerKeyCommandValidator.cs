using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Common;

namespace Hub.Application.Identity.Commands.IssuePartnerKey;

public sealed class IssuePartnerKeyCommandValidator : AbstractValidator<IssuePartnerKeyCommand>
{
    public IssuePartnerKeyCommandValidator()
    {
        RuleFor(c => c.Name).NotBlank().MaximumLength(200).WithName("name");
        RuleFor(c => c.Scopes).NotEmpty().WithName("scopes").WithMessage("'scopes' must name at least one scope.");
        RuleForEach(c => c.Scopes)
            .Must(PartnerScopes.IsKnown)
            .WithName("scopes")
            .WithMessage((_, scope) => $"'{EchoedValue.Of(scope)}' is not a scope. Scopes: {string.Join(", ", PartnerScopes.All)}.");
    }
}
