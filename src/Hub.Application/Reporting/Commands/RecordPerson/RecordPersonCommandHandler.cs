using Mediator;

namespace Hub.Application.Reporting.Commands.RecordPerson;

public sealed class RecordPersonCommandHandler(IReportingReadModel readModel) : ICommandHandler<RecordPersonCommand>
{
    public async ValueTask<Unit> Handle(RecordPersonCommand command, CancellationToken cancellationToken)
    {
        await readModel.RecordPersonAsync(command.Person, cancellationToken);
        return Unit.Value;
    }
}
