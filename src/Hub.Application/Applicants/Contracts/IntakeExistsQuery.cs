using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Applicants.Contracts;

/// <summary>Whether an intake with this id exists: how another module checks an intake it is given refers to one.</summary>
[AllowModuleCallers]
public sealed record IntakeExistsQuery(Guid IntakeId) : IQuery<bool>;
