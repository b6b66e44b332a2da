using Hub.Application.DemoDay.Queries.GetDemoDay;
using Hub.Application.Identity.Contracts;
using Mediator;

namespace Hub.Application.DemoDay.Queries.FindJudge;

public sealed class FindJudgeByEmailQueryHandler(ISender sender) : IQueryHandler<FindJudgeByEmailQuery, DemoDayJudgeDto?>
{
    public async ValueTask<DemoDayJudgeDto?> Handle(FindJudgeByEmailQuery query, CancellationToken cancellationToken)
    {
        var person = await sender.Send(new FindPersonByEmailQuery(query.Email.Trim()), cancellationToken);
        return person is not null && DemoDayAccess.MayJudge(person.Roles) ? new DemoDayJudgeDto(person.Id, person.FullName) : null;
    }
}
