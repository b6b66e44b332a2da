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
        var corrections = session.Corrections.OrderBy(c => c.CorrectedAt).ThenBy(c => c.Id).ToList();
        return new PagedList<TrainingAttendanceCorrectionDto>(
            [.. corrections.Skip(query.Page.Skip).Take(query.Page.PageSize)
                .Select(c => new TrainingAttendanceCorrectionDto(c.FounderUserId, c.OldStatus.ToString(), c.NewStatus.ToString(), c.CorrectedBy, c.CorrectedAt))],
            query.Page.Page,
            query.Page.PageSize,
            corrections.Count);
    }
}
