namespace Hub.Application.Training.Queries.GetFigures;

/// <summary>Aggregate figures of the training, with no person in them: for the hub's website and the donor's reports.</summary>
public sealed record TrainingFiguresDto(
    int Modules, int Topics, int PlannedHours, int Programmes, int Participants, int SessionsHeld, int SessionsUpcoming,
    decimal AttendedHours, int CertificatesIssued, IReadOnlyList<TrainingModuleFiguresDto> ByModule);
