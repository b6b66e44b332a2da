using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.DemoDay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using static Hub.Api.Tests.DemoDay.DemoDayTestData;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>
/// The Demo Days the matrix's cells share, made once per test host: an open day the shared judge and mentor judge
/// (with a pitch they score), and a published day everyone may read.
/// </summary>
internal sealed class DemoDayMatrixWorld
{
    private static readonly ConcurrentDictionary<HubApiFactory, Lazy<Task<DemoDayMatrixWorld>>> Worlds = new();

    private int _slot = 1;

    private DemoDayMatrixWorld(MatrixWorld world) => World = world;

    public MatrixWorld World { get; }

    public Guid IntakeId { get; private set; }

    public Guid OpenDayId { get; private set; }

    public Guid OpenPitchId { get; private set; }

    public Guid SharedJudgeId { get; private set; }

    public Guid PublishedDayId { get; private set; }

    public static Task<DemoDayMatrixWorld> ForAsync(MatrixWorld world) =>
        Worlds.GetOrAdd(world.Factory, _ => new Lazy<Task<DemoDayMatrixWorld>>(() => CreateAsync(world))).Value;

    public int NextSlot() => Interlocked.Increment(ref _slot);

    public async Task<Guid> NewAcceptedApplicationAsync()
    {
        var (founder, id) = await World.Factory.AcceptedApplicationAsync(IntakeId, $"Matrix venture {Guid.NewGuid():N}"[..30]);
        founder.Dispose();
        return id;
    }

    /// <summary>A fresh pitch on the open day.</summary>
    public async Task<Guid> NewPitchAsync() =>
        (await (await World.Manager.PostAsJsonAsync($"{DemoDays}/{OpenDayId}/pitches", new { applicationId = await NewAcceptedApplicationAsync(), slot = NextSlot() }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public Task<Guid> NewDayAsync() => World.Manager.NewDemoDayAsync();

    /// <summary>A day with one scored pitch, closed, its results completed (not yet published).</summary>
    public async Task<Guid> NewDayWithResultsAsync()
    {
        var dayId = await NewDayAsync();
        var judge = await World.Factory.SharedUserAsync(Roles.Judge);
        await World.Manager.InviteAsync(dayId, judge.Id);
        var pitch = await (await World.Manager.PostAsJsonAsync($"{DemoDays}/{dayId}/pitches", new { applicationId = await NewAcceptedApplicationAsync(), slot = 1 }))
            .JsonAsync(HttpStatusCode.Created);
        await (await judge.Client.ScoreAsync(dayId, pitch.GetProperty("id").GetGuid(), Sheet(6, 7))).JsonAsync(HttpStatusCode.OK);
        await (await World.Manager.PostAsync($"{DemoDays}/{dayId}/close", null)).JsonAsync(HttpStatusCode.Accepted);
        await World.Manager.CompletedResultsAsync(dayId);
        return dayId;
    }

    private static async Task<DemoDayMatrixWorld> CreateAsync(MatrixWorld world)
    {
        var demoDays = new DemoDayMatrixWorld(world) { IntakeId = await world.NewIntakeAsync() };
        var judge = await world.Factory.SharedUserAsync(Roles.Judge);
        var mentor = await world.Factory.SharedUserAsync(Roles.Mentor);
        demoDays.SharedJudgeId = judge.Id;
        demoDays.OpenDayId = await demoDays.NewDayAsync();
        await world.Manager.InviteAsync(demoDays.OpenDayId, judge.Id);
        await world.Manager.InviteAsync(demoDays.OpenDayId, mentor.Id);
        demoDays.OpenPitchId = await demoDays.NewPitchAsync();

        demoDays.PublishedDayId = await demoDays.NewDayWithResultsAsync();
        await (await world.Manager.PostAsync($"{DemoDays}/{demoDays.PublishedDayId}/publish", null)).JsonAsync(HttpStatusCode.OK);
        return demoDays;
    }
}
