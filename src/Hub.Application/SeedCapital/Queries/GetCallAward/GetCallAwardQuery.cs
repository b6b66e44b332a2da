using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetCallAward;

/// <summary>The stored result of a call's award; 404 until the call is awarded.</summary>
[AllowAnyPerson]
[AllowScopes(PartnerScopes.CallsRead)]
public sealed record GetCallAwardQuery(Guid CallId) : IQuery<SeedCapitalAwardDto>;
