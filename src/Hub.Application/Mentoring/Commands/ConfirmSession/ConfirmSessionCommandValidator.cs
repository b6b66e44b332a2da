using FluentValidation;

namespace Hub.Application.Mentoring.Commands.ConfirmSession;

public sealed class ConfirmSessionCommandValidator : AbstractValidator<ConfirmSessionCommand>
{
    public ConfirmSessionCommandValidator()
    {
        RuleFor(c => c.Rating).InclusiveBetween(1, 5).WithName("rating");
        RuleFor(c => c.Comment).MaximumLength(2000).WithName("comment");
    }
}
