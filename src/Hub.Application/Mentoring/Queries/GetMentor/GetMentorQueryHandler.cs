using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Mentoring.Specifications;
using Hub.Domain.Mentoring.Mentors;
using Mediator;

namespace Hub.Application.Mentoring.Queries.GetMentor;

public sealed class GetMentorQueryHandler(IReadRepository<Mentor> mentors, ICurrentUser currentUser) : IQueryHandler<GetMentorQuery, MentoringMentorDto>
{
    public async ValueTask<MentoringMentorDto> Handle(GetMentorQuery query, CancellationToken cancellationToken)
    {
        var mentor = await mentors.SingleOrDefaultAsync(new MentorByIdSpec(MentorId.From(query.Id)), cancellationToken)
            ?? throw new NotFoundException("Mentor", query.Id);
        return mentor.ToDto(withConflicts: currentUser.IsManager());
    }
}
