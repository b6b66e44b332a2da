using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Privacy.Erasures;

namespace Hub.Application.Privacy.Commands.ErasePerson;

public sealed class ErasePersonCommandValidator : AbstractValidator<ErasePersonCommand>
{
    public ErasePersonCommandValidator() => RuleFor(c => c.Reason).NotBlank().MaximumLength(Erasure.MaxReasonLength).WithName("reason");
}
