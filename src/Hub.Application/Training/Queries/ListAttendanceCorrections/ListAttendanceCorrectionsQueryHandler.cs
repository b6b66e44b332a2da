using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Queries.ListAttendanceCorrections;

public sealed class ListAttendanceCorrectionsQueryHandler(IReadRepository<TrainingSession> sessions, ICurrentUser currentUser, ISender sender)
    : IQueryHandler<ListAttendanceCorrectionsQuery, PagedList<TrainingAttendanceCorrectionDto>>
{
    public async ValueTask<PagedList<TrainingAttendanceCorrectionDto>> Handle(ListAttendanceCorrectionsQuery query, CancellationToken cancellationToken)
    {
        var session = currentUser.EnsureKeepsRegister(await sessions.GetByIdAsync(TrainingSessionId.From(query.SessionId), cancellationToken), query.SessionId);
        var page = InMemoryPage.Of(
            [.. session.Corrections.OrderBy(c => c.CorrectedAt).ThenBy(c => c.Id)],
            query.Page,
            c => new TrainingAttendanceCorrectionDto(c.FounderUserId, c.OldStatus.ToString(), c.NewStatus.ToString(), c.CorrectedBy, c.CorrectedAt));

        // The people who corrected a register are its trainer and a manager or two: a lookup each, not one per line.
        var names = new Dictionary<Guid, string?>();
        foreach (var person in page.Items.Select(c => c.CorrectedBy).Distinct())
        {
            names[person] = (await sender.Send(new GetPersonQuery(person), cancellationToken))?.FullName;
        }

        return page with { Items = [.. page.Items.Select(c => c with { CorrectedByName = names[c.CorrectedBy] })] };
    }
}
