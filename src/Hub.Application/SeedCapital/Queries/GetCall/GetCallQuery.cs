using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetCall;

[AllowAnyPerson]
[AllowScopes(PartnerScopes.CallsRead)]
public sealed record GetCallQuery(Guid Id) : IQuery<SeedCapitalCallDto>;
