using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Queries.GetAttendance;

public sealed class GetAttendanceQueryHandler(
    IReadRepository<TrainingSession> sessions, IReadRepository<TrainingProgramme> programmes, ICurrentUser currentUser, ISender sender)
    : IQueryHandler<GetAttendanceQuery, TrainingAttendanceDto>
{
    public async ValueTask<TrainingAttendanceDto> Handle(GetAttendanceQuery query, CancellationToken cancellationToken)
    {
        var session = currentUser.EnsureKeepsRegister(await sessions.GetByIdAsync(TrainingSessionId.From(query.SessionId), cancellationToken), query.SessionId);
        var programme = await programmes.GetByIdAsync(session.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("Training programme", session.ProgrammeId.Value);
        return await AttendanceRegister.ReadAsync(session, programme, sessions, sender, cancellationToken);
    }
}
