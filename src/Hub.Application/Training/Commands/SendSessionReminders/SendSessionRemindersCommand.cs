using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Training.Commands.SendSessionReminders;

/// <summary>Reminds each participant of each session starting within the lead time, once; answers how many reminders went out.</summary>
[AllowSystemOnly]
public sealed record SendSessionRemindersCommand : ICommand<int>;
