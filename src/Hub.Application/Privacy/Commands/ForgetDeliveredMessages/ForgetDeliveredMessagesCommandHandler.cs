using Hub.Application.Common.Messaging;
using Mediator;

namespace Hub.Application.Privacy.Commands.ForgetDeliveredMessages;

public sealed class ForgetDeliveredMessagesCommandHandler(IDeliveredMessages messages) : ICommandHandler<ForgetDeliveredMessagesCommand>
{
    public async ValueTask<Unit> Handle(ForgetDeliveredMessagesCommand command, CancellationToken cancellationToken)
    {
        await messages.ForgetMentioningAsync(command.UserId, cancellationToken);
        return Unit.Value;
    }
}
