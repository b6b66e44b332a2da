using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.Certificates;
using Hub.Domain.Training.Cohorts;
using Hub.Domain.Training.TrainingProgrammes;
using Mediator;

namespace Hub.Application.Training.Commands.ErasePersonalData;

/// <summary>The three repositories share the module's DbContext, so one save writes every change.</summary>
public sealed class ErasePersonalDataCommandHandler(
    IRepository<CohortMember> members, IRepository<TrainingProgramme> programmes, IRepository<Certificate> certificates)
    : ICommandHandler<ErasePersonalDataCommand>
{
    public async ValueTask<Unit> Handle(ErasePersonalDataCommand command, CancellationToken cancellationToken)
    {
        foreach (var member in await members.ListAsync(new CohortMembershipsOfFounderSpec(command.UserId), cancellationToken))
        {
            member.ErasePersonalData();
        }

        foreach (var programme in await programmes.ListAsync(new ProgrammesOfFounderSpec(command.UserId), cancellationToken))
        {
            programme.ErasePersonalData(command.UserId);
        }

        foreach (var certificate in await certificates.ListAsync(new CertificatesOfFounderSpec(command.UserId, forUpdate: true), cancellationToken))
        {
            certificate.ErasePersonalData();
        }

        await members.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
