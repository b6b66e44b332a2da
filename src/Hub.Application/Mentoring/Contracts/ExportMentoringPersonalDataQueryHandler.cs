using Hub.Application.Common.Persistence;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentees;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;
using Mediator;

namespace Hub.Application.Mentoring.Contracts;

public sealed class ExportMentoringPersonalDataQueryHandler(
    IReadRepository<Mentee> mentees, IReadRepository<Mentor> mentors, IReadRepository<Mentorship> mentorships)
    : IQueryHandler<ExportMentoringPersonalDataQuery, MentoringPersonalDataDto>
{
    public async ValueTask<MentoringPersonalDataDto> Handle(ExportMentoringPersonalDataQuery query, CancellationToken cancellationToken) =>
        new(
            [.. (await mentees.ListAsync(new MenteeRecordsOfFounderSpec(query.UserId), cancellationToken))
                .Select(m => new MentoringPersonalMenteeDto(m.ApplicationId, m.IntakeId, m.FounderFullName, m.VentureName, m.Sector, m.Languages, m.TimeZone, m.AcceptedAt))],
            (await mentors.FirstOrDefaultAsync(new MentorOfUserSpec(query.UserId), cancellationToken))?.ToDto(withConflicts: true),
            [.. (await mentorships.ListAsync(new MentorshipsOfPersonSpec(query.UserId), cancellationToken)).Select(m => m.ToDto())]);
}
