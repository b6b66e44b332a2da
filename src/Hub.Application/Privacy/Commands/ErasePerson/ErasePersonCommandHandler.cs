using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Messaging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Identity.Contracts;
using Hub.Application.Privacy.Contracts;
using Hub.Application.Privacy.Specifications;
using Hub.Domain.Common;
using Hub.Domain.Privacy.Erasures;
using Mediator;

namespace Hub.Application.Privacy.Commands.ErasePerson;

/// <summary>
/// The account goes first (Identity refuses the last admin; only an admin erases staff who manage), then the log entry and the event
/// leave together in one save. Should that save fail, the retry finds the account already anonymised and goes on.
/// </summary>
public sealed class ErasePersonCommandHandler(IRepository<Erasure> erasures, ISender sender, IOutbox outbox, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ErasePersonCommand, Guid>
{
    public async ValueTask<Guid> Handle(ErasePersonCommand command, CancellationToken cancellationToken)
    {
        if (await erasures.AnyAsync(new ErasureOfPersonSpec(command.UserId), cancellationToken))
        {
            throw new StateConflictException("erasure.already-erased", "This person is already erased.");
        }

        var person = await sender.Send(new GetPersonQuery(command.UserId), cancellationToken) ?? throw new NotFoundException("Person", command.UserId);
        if (!currentUser.IsInRole(Roles.Admin) && person.Roles.Any(r => r is Roles.Admin or Roles.Manager))
        {
            // As with creating accounts: managers and admins are made, and so unmade, by an admin only.
            throw new ForbiddenException("Only an admin may erase a manager's or an admin's account.");
        }

        await sender.Send(new EraseAccountCommand(command.UserId), cancellationToken);
        var erasure = Erasure.Completed(command.UserId, command.Reason, currentUser.RequireId(), clock.GetUtcNow());
        outbox.Add(new PersonErasedIntegrationEvent(erasure.Id.Value, erasure.SubjectUserId, erasure.RequestedAt));
        await erasures.AddAsync(erasure, cancellationToken);
        return erasure.Id.Value;
    }
}
