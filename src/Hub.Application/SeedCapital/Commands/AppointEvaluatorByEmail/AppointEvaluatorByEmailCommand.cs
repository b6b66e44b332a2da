using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.AppointEvaluatorByEmail;

/// <summary>
/// The staff page's way to appoint an evaluator: the person is named by e-mail, looked up in Identity, and appointed
/// with <see cref="AppointEvaluator.AppointEvaluatorCommand"/>, so the same rules hold. Answers the call's new version.
/// </summary>
[AllowRoles(Roles.Manager, Roles.Admin)]
public sealed record AppointEvaluatorByEmailCommand(Guid CallId, string Email, uint? ExpectedVersion = null) : ICommand<uint>;
