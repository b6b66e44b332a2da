using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Queries.ListParticipants;

public sealed class ListParticipantsQueryHandler(
    IReadRepository<TrainingProgramme> programmes, IReadRepository<TrainingSession> sessions, ICurrentUser currentUser)
    : IQueryHandler<ListParticipantsQuery, PagedList<TrainingParticipantDto>>
{
    public async ValueTask<PagedList<TrainingParticipantDto>> Handle(ListParticipantsQuery query, CancellationToken cancellationToken)
    {
        var programme = await programmes.GetByIdAsync(TrainingProgrammeId.From(query.ProgrammeId), cancellationToken);
        if (programme is null
            || (!currentUser.ReadsAllTraining() && !await sessions.AnyAsync(new SessionsOfProgrammeRunBySpec(programme.Id, currentUser.RequireId()), cancellationToken)))
        {
            throw new NotFoundException("Training programme", query.ProgrammeId);
        }

        return InMemoryPage.Of(
            [.. programme.Participants.OrderBy(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.FounderUserId)],
            query.Page,
            p => new TrainingParticipantDto(p.FounderUserId, p.ApplicationId, p.FullName, p.EnrolledAt));
    }
}
