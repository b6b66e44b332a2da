using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;

namespace Hub.Domain.Tests.Training;

internal static class TrainingTestData
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public static readonly Guid Manager = Guid.CreateVersion7();

    public static readonly Guid Trainer = Guid.CreateVersion7();

    public static TrainingModule Module(int plannedHours = 2, string code = "TR") =>
        TrainingModule.Define(code, "Sustainable tourism", "Тогтвортой аялал жуулчлал", plannedHours, [new TopicDefinition("Eco-camps", "Эко бааз", 2)], Now);

    public static TrainingProgramme Programme(params Guid[] founders)
    {
        var programme = TrainingProgramme.Create("Programme 1", Guid.CreateVersion7(), Manager, Now);
        foreach (var founder in founders)
        {
            programme.Enrol(founder, Guid.CreateVersion7(), "Founder", Now);
        }

        return programme;
    }

    public static TrainingSession Session(TrainingProgramme programme, DateTimeOffset? startsAt = null, int minutes = 60, TrainingModule? module = null) =>
        TrainingSession.Schedule(programme, module ?? Module(), "Day 1", startsAt ?? Now.AddHours(-2), minutes, SessionMode.InPerson, "Darkhan", null, Trainer, Manager, Now);
}
