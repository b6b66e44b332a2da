using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;

namespace Hub.Application.Mentoring;

/// <summary>Who may see and change which mentor and mentorship: one place for the module's resource checks.</summary>
internal static class MentoringAccess
{
    public static bool IsMentor(this ICurrentUser user) => !user.IsPartner && user.IsInRole(Roles.Mentor);

    public static bool IsMentorOf(this ICurrentUser user, Mentor mentor) => user.IsMentor() && user.Id == mentor.UserId;

    public static bool IsMentorOf(this ICurrentUser user, Mentorship mentorship) => user.IsMentor() && user.Id == mentorship.MentorUserId;

    public static bool IsFounderOf(this ICurrentUser user, Mentorship mentorship) => user.IsFounder() && user.Id == mentorship.FounderUserId;

    /// <summary>Staff, its mentor and its founder see a mentorship; anyone else is told it does not exist.</summary>
    public static Mentorship EnsureCanSee(this ICurrentUser user, Mentorship? mentorship, Guid id) =>
        mentorship is not null && (user.IsManager() || user.IsPartnerWith(PartnerScopes.MentoringRead) || user.IsMentorOf(mentorship) || user.IsFounderOf(mentorship))
            ? mentorship
            : throw new NotFoundException("Mentorship", id);

    /// <summary>Only the mentorship's own mentor acts on it (accepts, declines, logs sessions): 403 for anyone else who may see it.</summary>
    public static Mentorship EnsureIsItsMentor(this ICurrentUser user, Mentorship? mentorship, Guid id) =>
        user.EnsureCanSee(mentorship, id) is var seen && user.IsMentorOf(seen)
            ? seen
            : throw new ForbiddenException("Only the mentor of this mentorship may do this.");

    /// <summary>The mentor's hours and profile edits: staff and that mentor; another mentor is refused (403).</summary>
    public static Mentor EnsureStaffOrSelf(this ICurrentUser user, Mentor? mentor, Guid id) =>
        mentor is null ? throw new NotFoundException("Mentor", id)
        : user.IsManager() || user.IsMentorOf(mentor) ? mentor
        : throw new ForbiddenException("Only hub staff and the mentor themself may do this.");
}
