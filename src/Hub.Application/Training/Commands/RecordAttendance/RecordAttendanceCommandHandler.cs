using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Common.Validation;
using Hub.Application.Training.Queries.GetAttendance;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Commands.RecordAttendance;

public sealed class RecordAttendanceCommandHandler(
    IRepository<TrainingSession> sessions,
    IReadRepository<TrainingProgramme> programmes,
    IReadRepository<TrainingSession> registers,
    ICurrentUser currentUser,
    ISender sender,
    TimeProvider clock) : ICommandHandler<RecordAttendanceCommand, TrainingAttendanceDto>
{
    public async ValueTask<TrainingAttendanceDto> Handle(RecordAttendanceCommand command, CancellationToken cancellationToken)
    {
        var session = currentUser.EnsureKeepsRegister(await sessions.GetByIdAsync(TrainingSessionId.From(command.SessionId), cancellationToken), command.SessionId);
        session.EnsureVersion(command.ExpectedVersion);
        var programme = await programmes.GetByIdAsync(session.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("Training programme", session.ProgrammeId.Value);
        var marks = command.Entries!.Select(e => new AttendanceMark(e.FounderUserId, EnumNames.Parse<AttendanceStatus>(e.Status, "status"))).ToList();
        session.RecordAttendance(programme, marks, currentUser.RequireId(), clock.GetUtcNow());
        await sessions.SaveChangesAsync(cancellationToken);
        return await AttendanceRegister.ReadAsync(session, programme, registers, sender, cancellationToken);
    }
}
