using Hub.Application.Training.Commands.EnrolCohort;
using Mediator;

namespace Hub.Application.Training.Jobs;

/// <summary>Enqueued once a programme is saved: enrols whoever of its cohort was accepted while it was being created.</summary>
public sealed class EnrolCohortJob(ISender sender)
{
    public async Task RunAsync(Guid programmeId, CancellationToken cancellationToken) =>
        await sender.Send(new EnrolCohortCommand(programmeId), cancellationToken);
}
