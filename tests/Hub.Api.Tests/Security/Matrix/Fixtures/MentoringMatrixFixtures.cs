using System.Text.Json.Nodes;
using Hub.Api.Tests.Mentoring;
using static Hub.Api.Tests.Security.Matrix.MatrixRequests;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>The Mentoring module's matrix requests (table: <c>Matrix/Tables/Mentoring.md</c>).</summary>
internal sealed class MentoringMatrixFixtures : IMatrixFixtures
{
    private const string Mentors = MentoringTestData.Mentors;
    private const string Runs = MentoringTestData.MatchingRuns;
    private const string Mentorships = MentoringTestData.Mentorships;

    public IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; } = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal)
    {
        ["RegisterMentor"] = (_, _) => Task.FromResult(Post(Mentors, MentoringTestData.MentorBody())),
        ["ListMentors"] = (_, _) => Get($"{Mentors}?page=1&pageSize=5"),
        ["GetMentor"] = async (world, _) => await Get($"{Mentors}/{(await M(world)).MentorId}"),
        ["EditMentor"] = async (world, _) =>
        {
            var body = MentoringTestData.MentorBody(capacity: 20);
            body.Remove("email");
            return Put($"{Mentors}/{(await M(world)).MentorId}", body);
        },
        ["DeclareMentorConflict"] = async (world, succeeds) =>
        {
            var m = await M(world);
            var mentorId = succeeds ? await m.NewMentorAsync() : m.MentorId;
            return Post($"{Mentors}/{mentorId}/conflicts", new JsonObject { ["applicationId"] = m.ConflictApplicationId, ["reason"] = "Her brother runs the venture." });
        },
        ["GetMentorHours"] = async (world, _) => await Get($"{Mentors}/{(await M(world)).MentorId}/hours"),
        ["RequestMatchingRun"] = (_, _) =>
            Task.FromResult(Post(Runs, new JsonObject { ["intakeId"] = Guid.NewGuid(), ["pins"] = new JsonArray(), ["forbids"] = new JsonArray() })),
        ["GetMatchingRun"] = async (world, _) => await Get($"{Runs}/{(await M(world)).CompletedRunId}"),
        ["PublishMatchingRun"] = async (world, succeeds) =>
        {
            var m = await M(world);
            return Post($"{Runs}/{(succeeds ? await m.NewCompletedRunAsync() : m.CompletedRunId)}/publish");
        },
        ["ListMentorships"] = (_, _) => Get($"{Mentorships}?page=1&pageSize=5"),
        ["GetMentorship"] = async (world, _) => await Get($"{Mentorships}/{(await M(world)).ActiveId}"),
        ["AcceptMentorship"] = async (world, succeeds) =>
        {
            var m = await M(world);
            return Post($"{Mentorships}/{(succeeds ? await m.NewProposedAsync() : m.ProposedId)}/accept");
        },
        ["DeclineMentorship"] = async (world, succeeds) =>
        {
            var m = await M(world);
            return Post($"{Mentorships}/{(succeeds ? await m.NewProposedAsync() : m.ProposedId)}/decline");
        },
        ["CloseMentorship"] = async (world, succeeds) =>
        {
            var m = await M(world);
            return Post($"{Mentorships}/{(succeeds ? await m.NewActiveAsync() : m.ActiveId)}/close", new JsonObject { ["outcome"] = "First customers found; the venture goes on alone." });
        },
        ["LogMentoringSession"] = async (world, _) => Post($"{Mentorships}/{(await M(world)).ActiveId}/sessions", MentoringTestData.SessionBody()),
        ["ConfirmMentoringSession"] = async (world, succeeds) =>
        {
            var m = await M(world);
            return Post($"{Mentorships}/{m.ActiveId}/sessions/{(succeeds ? await m.NewSessionAsync() : m.SessionId)}/confirmation", new JsonObject { ["rating"] = 5, ["comment"] = "Useful." });
        },
        ["GetFounderMentoringHours"] = (world, _) => Get($"/api/v1/mentoring/founders/{world.Owner.Id}/hours"),
    };

    private static Task<MentoringMatrixWorld> M(MatrixWorld world) => MentoringMatrixWorld.ForAsync(world);
}
