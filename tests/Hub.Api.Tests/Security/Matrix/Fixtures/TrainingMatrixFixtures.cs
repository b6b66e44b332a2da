using System.Text.Json.Nodes;
using Hub.Api.Tests.Training;
using static Hub.Api.Tests.Security.Matrix.MatrixRequests;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>The Training module's matrix requests (table: <c>Matrix/Tables/Training.md</c>).</summary>
internal sealed class TrainingMatrixFixtures : IMatrixFixtures
{
    private const string Modules = TrainingTestData.Modules;
    private const string Programmes = TrainingTestData.Programmes;
    private const string Sessions = TrainingTestData.Sessions;

    public IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; } = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal)
    {
        ["ListTrainingModules"] = (_, _) => Get($"{Modules}?page=1&pageSize=5"),
        ["GetTrainingModule"] = async (world, _) => await Get($"{Modules}/{(await TrainingMatrixWorld.ForAsync(world)).ModuleId}"),
        ["AddTrainingModule"] = (_, _) => Task.FromResult(Post(Modules, TrainingMatrixWorld.ModuleBody())),
        ["CreateTrainingProgramme"] = (world, _) =>
            Task.FromResult(Post(Programmes, new JsonObject { ["name"] = $"Matrix programme {Guid.NewGuid():N}", ["intakeId"] = world.OpenIntakeId })),
        ["ListTrainingProgrammes"] = (_, _) => Get($"{Programmes}?page=1&pageSize=5"),
        ["GetTrainingProgramme"] = async (world, _) => await Get($"{Programmes}/{(await TrainingMatrixWorld.ForAsync(world)).ProgrammeId}"),
        ["ListTrainingParticipants"] = async (world, _) => await Get($"{Programmes}/{(await TrainingMatrixWorld.ForAsync(world)).ProgrammeId}/participants?page=1"),
        ["ScheduleTrainingSession"] = async (world, _) =>
        {
            var training = await TrainingMatrixWorld.ForAsync(world);
            return Post($"{Programmes}/{training.ProgrammeId}/sessions", TrainingTestData.SessionBody(training.ModuleId, training.TrainerId, DateTimeOffset.UtcNow.AddDays(1), 60));
        },
        ["ListTrainingSessions"] = (_, _) => Get($"{Sessions}?page=1&pageSize=5&timeZone=Europe/Ljubljana"),
        ["GetTrainingSession"] = async (world, _) => await Get($"{Sessions}/{(await TrainingMatrixWorld.ForAsync(world)).SessionId}"),
        ["GetTrainingAttendance"] = async (world, _) => await Get($"{Sessions}/{(await TrainingMatrixWorld.ForAsync(world)).SessionId}/attendance"),
        ["RecordTrainingAttendance"] = async (world, _) =>
            Put($"{Sessions}/{(await TrainingMatrixWorld.ForAsync(world)).SessionId}/attendance", TrainingTestData.Register((world.Owner.Id, "Present"))),
        ["ListTrainingAttendanceCorrections"] = async (world, _) => await Get($"{Sessions}/{(await TrainingMatrixWorld.ForAsync(world)).SessionId}/attendance/corrections?page=1"),
        ["GetTrainingProgress"] = (world, _) => Get($"{TrainingTestData.Progress}/{world.Owner.Id}"),
        ["GetTrainingFigures"] = (_, _) => Get("/api/v1/training/figures"),
        ["VerifyCertificate"] = async (world, _) => await Get($"/api/v1/certificates/{(await TrainingMatrixWorld.ForAsync(world)).CertificateCode}"),
    };
}
