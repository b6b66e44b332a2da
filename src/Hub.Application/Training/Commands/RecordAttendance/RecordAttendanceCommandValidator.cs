using FluentValidation;
using Hub.Application.Common.Validation;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training.Commands.RecordAttendance;

public sealed class RecordAttendanceCommandValidator : AbstractValidator<RecordAttendanceCommand>
{
    public const int MaxEntries = 1000;

    public RecordAttendanceCommandValidator()
    {
        RuleFor(c => c.Entries).NotNull().WithMessage("'entries' must list at least one participant.")
            .Must(e => e is null || e.Count is > 0 and <= MaxEntries).WithMessage($"'entries' must list between 1 and {MaxEntries} participants.")
            .Must(e => e is null || e.Where(l => l is not null).Select(l => l.FounderUserId).Distinct().Count() == e.Count(l => l is not null))
            .WithMessage("'entries' names a participant twice.");
        RuleForEach(c => c.Entries).NotNull().WithMessage("'entries' must not hold an empty line.");
        RuleForEach(c => c.Entries).Where(l => l is not null).ChildRules(line =>
        {
            line.RuleFor(l => l.FounderUserId).NotEmpty();
            line.RuleFor(l => l.Status)
                .Must(EnumNames.IsName<AttendanceStatus>)
                .WithMessage(l => $"'{EchoedValue.Of(l.Status)}' is not an attendance status. Use Present, Absent or Excused.");
        });
    }
}
