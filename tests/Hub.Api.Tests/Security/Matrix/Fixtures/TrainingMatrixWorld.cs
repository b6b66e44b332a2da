using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Training;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>
/// What the Training rows share, made once per test host: the owner accepted into a fresh intake and enrolled in its
/// programme, a module of one planned hour, a 60-minute session held yesterday and run by the matrix's trainer, where
/// the owner was present, and the certificate that earned.
/// </summary>
internal sealed class TrainingMatrixWorld
{
    private static readonly ConcurrentDictionary<HubApiFactory, Lazy<Task<TrainingMatrixWorld>>> Worlds = new();

    public Guid ModuleId { get; private init; }

    public Guid ProgrammeId { get; private init; }

    public Guid SessionId { get; private init; }

    public Guid TrainerId { get; private init; }

    public string CertificateCode { get; private set; } = string.Empty;

    public static Task<TrainingMatrixWorld> ForAsync(MatrixWorld world) =>
        Worlds.GetOrAdd(world.Factory, _ => new Lazy<Task<TrainingMatrixWorld>>(() => CreateAsync(world))).Value;

    private static async Task<TrainingMatrixWorld> CreateAsync(MatrixWorld world)
    {
        var factory = world.Factory;
        var intakeId = await world.NewIntakeAsync();
        var applicationId = await world.Owner.Client.DraftAsync(intakeId);
        await (await world.Owner.Client.SubmitAsync(applicationId)).JsonAsync(HttpStatusCode.OK);
        await (await world.Manager.DecideAsync(applicationId, "Accept")).JsonAsync(HttpStatusCode.OK);

        var moduleId = await factory.NewModuleAsync(plannedHours: 1);
        var programmeId = await factory.NewProgrammeAsync(intakeId);
        var trainerId = (await factory.SharedUserAsync(Roles.Trainer)).Id;
        var sessionId = await factory.ScheduleAsync(programmeId, TrainingTestData.SessionBody(moduleId, trainerId, DateTimeOffset.UtcNow.AddDays(-1), 60));
        await (await world.Manager.RecordAsync(sessionId, TrainingTestData.Register((world.Owner.Id, "Present")))).JsonAsync(HttpStatusCode.OK);

        var training = new TrainingMatrixWorld { ModuleId = moduleId, ProgrammeId = programmeId, SessionId = sessionId, TrainerId = trainerId };
        var progress = await Eventually.ValueAsync(() => world.Manager.ProgressAsync(world.Owner.Id), p => p.GetProperty("certificates").GetArrayLength() > 0);
        training.CertificateCode = progress.GetProperty("certificates")[0].Text("code");
        return training;
    }

    public static JsonObject ModuleBody() =>
        new() { ["code"] = $"M{Guid.NewGuid():N}"[..12], ["name"] = "Matrix module", ["nameMn"] = "Матриц", ["plannedHours"] = 4,
            ["topics"] = new JsonArray(new JsonObject { ["title"] = "One", ["titleMn"] = "Нэг", ["hours"] = 4 }) };
}
