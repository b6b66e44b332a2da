using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Privacy.Queries.ExportPersonalData;

/// <summary>A person's data, for a subject-access request made to the hub's staff (on paper, say).</summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record ExportPersonalDataQuery(Guid UserId) : IQuery<PrivacyPersonalDataDto>;
