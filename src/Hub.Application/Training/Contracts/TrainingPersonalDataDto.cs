namespace Hub.Application.Training.Contracts;

/// <summary>Everything Training holds about a person: cohorts, enrolments, marks on registers, hours and certificates.</summary>
public sealed record TrainingPersonalDataDto(
    IReadOnlyList<TrainingPersonalCohortDto> Cohorts,
    IReadOnlyList<TrainingPersonalEnrolmentDto> Enrolments,
    IReadOnlyList<TrainingPersonalAttendanceDto> Attendance,
    decimal TrainingHours,
    decimal MentoringHours,
    IReadOnlyList<TrainingPersonalCertificateDto> Certificates);
