using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Mentoring;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>
/// What the Mentoring cells share, made once per host: the shared Mentor-role account (the matrix's "mentor" column)
/// registered as a mentor, a Proposed and an Active mentorship of that mentor with the owner's venture, a session
/// of the Active one, and a completed matching run.
/// </summary>
internal sealed class MentoringMatrixWorld
{
    private static readonly ConcurrentDictionary<HubApiFactory, Lazy<Task<MentoringMatrixWorld>>> Worlds = new();

    private MentoringMatrixWorld(MatrixWorld world) => World = world;

    public MatrixWorld World { get; }

    public Guid MentorId { get; private set; }

    public HttpClient Mentor { get; private set; } = null!;

    public Guid ProposedId { get; private set; }

    public Guid ActiveId { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid CompletedRunId { get; private set; }

    public Guid ConflictApplicationId { get; private set; }

    public static Task<MentoringMatrixWorld> ForAsync(MatrixWorld world) =>
        Worlds.GetOrAdd(world.Factory, _ => new Lazy<Task<MentoringMatrixWorld>>(() => CreateAsync(world))).Value;

    public Task<Guid> NewProposedAsync() => World.Factory.ProposedMentorshipAsync(MentorId, World.Owner);

    public Task<Guid> NewActiveAsync() => World.Factory.ActiveMentorshipAsync(MentorId, Mentor, World.Owner);

    public Task<Guid> NewSessionAsync() => Mentor.LogSessionAsync(ActiveId);

    public async Task<Guid> NewCompletedRunAsync()
    {
        var runId = await World.Manager.RequestRunAsync(Guid.NewGuid());
        await World.Manager.FinishedRunAsync(runId);
        return runId;
    }

    public Task<Guid> NewMentorAsync() => World.Manager.NewMentorAsync();

    private static async Task<MentoringMatrixWorld> CreateAsync(MatrixWorld world)
    {
        var mentor = await world.Factory.SharedUserAsync(Roles.Mentor);
        var created = await (await world.Manager.PostAsJsonAsync(MentoringTestData.Mentors, MentoringTestData.MentorBody(email: mentor.Email, capacity: 20)))
            .JsonAsync(HttpStatusCode.Created);
        var result = new MentoringMatrixWorld(world) { MentorId = created.GetProperty("id").GetGuid(), Mentor = mentor.Client };
        result.ProposedId = await result.NewProposedAsync();
        result.ActiveId = await result.NewActiveAsync();
        result.SessionId = await result.NewSessionAsync();
        result.CompletedRunId = await result.NewCompletedRunAsync();
        result.ConflictApplicationId = (await world.Factory.AcceptedApplicationOfAsync(world.Owner)).Id;
        return result;
    }
}
