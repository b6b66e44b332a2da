using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Common.Behaviors;

/// <summary>
/// Refuses a caller the request does not allow (its <c>Allow…</c> attributes) before validation runs, so a caller
/// who may not call learns nothing about the body. Whose resource it is stays the handler's check.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser caller) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly RequestAccess Access = RequestAccess.For(typeof(TMessage));

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        Access.Decide(caller) switch
        {
            AccessDecision.Allowed => next(message, cancellationToken),
            AccessDecision.Unauthenticated => throw new UnauthenticatedException(Access.RefusalFor(caller)),
            _ => throw new ForbiddenException(Access.RefusalFor(caller)),
        };
}
