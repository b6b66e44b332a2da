using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Queries.ListAttendanceCorrections;

public sealed class ListAttendanceCorrectionsQueryHandler(IReadRepository<TrainingSession> sessions, ICurrentUser currentUser)
    : IQueryHandler<ListAttendanceCorrectionsQuery, PagedList<TrainingAttendanceCorrectionDto>>
{
    public async ValueTask<PagedList<TrainingAttendanceCorrectionDto>> Handle(ListAttendanceCorrectionsQuery query, CancellationToken cancellationToken)
    {
        var session = currentUser.EnsureKeepsRegister(await sessions.GetByIdAsync(TrainingSessionId.From(query.SessionId), cancellationToken), query.SessionId);
        return InMemoryPage.Of(
            [.. session.Corrections.OrderBy(c => c.CorrectedAt).ThenBy(c => c.Id)],
            query.Page,
            c => new TrainingAttendanceCorrectionDto(c.FounderUserId, c.OldStatus.ToString(), c.NewStatus.ToString(), c.CorrectedBy, c.CorrectedAt));
    }
}
