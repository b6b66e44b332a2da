using Mediator;

namespace Hub.Application.Reporting.Commands.RecordFacts;

public sealed class RecordFactsCommandHandler(IReportingReadModel readModel) : ICommandHandler<RecordFactsCommand>
{
    public async ValueTask<Unit> Handle(RecordFactsCommand command, CancellationToken cancellationToken)
    {
        if (command.Facts.Count > 0)
        {
            await readModel.RecordFactsAsync(command.Facts, cancellationToken);
        }

        return Unit.Value;
    }
}
