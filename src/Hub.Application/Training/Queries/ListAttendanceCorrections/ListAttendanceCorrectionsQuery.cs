using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Training.Queries.ListAttendanceCorrections;

/// <summary>The audit trail of a session's register, oldest first.</summary>
[AllowRoles(Roles.Trainer, Roles.Manager, Roles.Admin)]
public sealed record ListAttendanceCorrectionsQuery(Guid SessionId, PageRequest Page) : IQuery<PagedList<TrainingAttendanceCorrectionDto>>;
