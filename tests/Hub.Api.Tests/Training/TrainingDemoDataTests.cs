using System.Net;
using Hub.Api.Tests.Common;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Startup;

namespace Hub.Api.Tests.Training;

/// <summary>The Training demo data of <c>./hub run</c>: the real curriculum, a programme for the accepted cohort, registers and certificates.</summary>
public sealed class TrainingDemoDataTests(DemoDataTests.DemoFactory factory) : IClassFixture<DemoDataTests.DemoFactory>
{
    [Fact]
    public async Task The_demo_has_the_curriculum_a_programme_for_the_cohort_past_and_upcoming_sessions_and_certificates_and_loads_once()
    {
        using var manager = await factory.SignedInClientAsync("manager@demo.eu-dieh.example.org", "demo-pass-2026");
        var figures = await Eventually.ValueAsync(
            async () => await (await manager.GetAsync("/api/v1/training/figures")).JsonAsync(HttpStatusCode.OK),
            f => f.GetProperty("certificatesIssued").GetInt32() > 0);

        Assert.Equal((5, 112, 240, 1, 12), (
            figures.GetProperty("modules").GetInt32(), figures.GetProperty("topics").GetInt32(), figures.GetProperty("plannedHours").GetInt32(),
            figures.GetProperty("programmes").GetInt32(), figures.GetProperty("participants").GetInt32()));
        Assert.Equal(4, figures.GetProperty("sessionsHeld").GetInt32());
        Assert.Equal(3, figures.GetProperty("sessionsUpcoming").GetInt32());
        Assert.True(figures.GetProperty("attendedHours").GetDecimal() > 0);

        using var trainer = await factory.SignedInClientAsync("trainer3@demo.eu-dieh.example.org", "demo-pass-2026");
        var own = await (await trainer.GetAsync("/api/v1/training/sessions")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, own.GetProperty("totalCount").GetInt32());

        await factory.Services.RunHubStartupTasksAsync();
        var again = await (await manager.GetAsync("/api/v1/training/figures")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((5, 1, 7), (again.GetProperty("modules").GetInt32(), again.GetProperty("programmes").GetInt32(),
            again.GetProperty("sessionsHeld").GetInt32() + again.GetProperty("sessionsUpcoming").GetInt32()));
    }
}
