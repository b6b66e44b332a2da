using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Application.Training;

/// <summary>Who may see and change which session, register and progress: one place for the module's resource checks.</summary>
internal static class TrainingAccess
{
    /// <summary>Managers, admins, the system and partner keys with training:read see every programme and session.</summary>
    public static bool ReadsAllTraining(this ICurrentUser user) =>
        user.IsManager() || user.IsPartnerWith(PartnerScopes.TrainingRead);

    public static bool IsTrainer(this ICurrentUser user) => !user.IsPartner && user.IsInRole(Roles.Trainer);

    public static bool Runs(this ICurrentUser user, TrainingSession session) => user.IsTrainer() && user.Id == session.TrainerUserId;

    /// <summary>A session the caller may not see is answered as unknown.</summary>
    public static TrainingSession EnsureCanSee(this ICurrentUser user, TrainingSession? session, TrainingProgramme? programme, Guid id) =>
        session is not null && (user.ReadsAllTraining() || user.Runs(session) || (user.IsFounder() && programme?.IsEnrolled(user.RequireId()) == true))
            ? session
            : throw new NotFoundException("Training session", id);

    /// <summary>Only a manager or the session's own trainer takes (and reads) its register.</summary>
    public static TrainingSession EnsureKeepsRegister(this ICurrentUser user, TrainingSession? session, Guid id) =>
        session is not null && (user.IsManager() || user.Runs(session))
            ? session
            : throw new NotFoundException("Training session", id);

    /// <summary>A founder sees only their own progress; anyone else's is answered as unknown.</summary>
    public static void EnsureCanSeeProgressOf(this ICurrentUser user, Guid founderUserId)
    {
        if (!user.ReadsAllTraining() && !(user.IsFounder() && user.Id == founderUserId))
        {
            throw new NotFoundException("Training progress", founderUserId);
        }
    }
}
