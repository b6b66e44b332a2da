using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.SeedCapital.Commands.SendEvaluationReminders;

/// <summary>
/// Two days before a call's evaluation deadline, reminds each of its evaluators who has proposals left to evaluate,
/// once per call. Answers how many reminders went out.
/// </summary>
[AllowSystemOnly]
public sealed record SendEvaluationRemindersCommand : ICommand<int>;
