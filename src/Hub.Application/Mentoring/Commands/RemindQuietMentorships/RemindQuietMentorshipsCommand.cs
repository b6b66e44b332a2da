using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Mentoring.Commands.RemindQuietMentorships;

/// <summary>Reminds the mentor of each active mentorship without a session for two weeks; answers how many were reminded.</summary>
[AllowSystemOnly]
public sealed record RemindQuietMentorshipsCommand : ICommand<int>;
