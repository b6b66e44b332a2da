using Bogus;
using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Commands.ComputeResults;
using Hub.Application.Identity.Contracts;
using Hub.Domain.DemoDay.Editions;
using Hub.Domain.DemoDay.ScoreSheets;
using Hub.Infrastructure.Common.DemoData;
using Mediator;

namespace Hub.Infrastructure.DemoDay.DemoData;

/// <summary>
/// A published Demo Day (7 accepted ventures, the 5 demo judges, their sheets, results and awards) and an upcoming
/// one in Scoring with some sheets in; from a fixed seed, so every demo shows the same scores.
/// </summary>
internal sealed class DemoDayDemoDataSeeder(
    IRepository<DemoDayEdition> days,
    IRepository<ScoreSheet> sheets,
    ISender sender,
    TimeProvider clock) : IDemoDataSeeder
{
    public const string PublishedName = "EU-DIEH Demo Day 2026 — seed capital pitches";
    public const string UpcomingName = "EU-DIEH Demo Day 2026 — autumn pitches";

    private static readonly Criterion[] Criteria = [new("Team", 3), new("Market", 2), new("Innovation", 2), new("Social impact", 3)];

    private static readonly string[] AwardCategories = ["Best Entrepreneur", "Best Social Enterprise", "Best Agri-tech", "People's Choice"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await days.AnyAsync(new DemoDayNamedSpec(PublishedName), cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var manager = await PersonAsync(DemoAccounts.ManagerEmail, cancellationToken);
        var judges = new List<IdentityPersonDto>();
        foreach (var judge in DemoAccounts.Staff.Where(s => s.Role == Domain.Common.Roles.Judge))
        {
            judges.Add(await PersonAsync(judge.Email, cancellationToken));
        }

        // Only the fields needed, so the seeder does not depend on the name of Applicants' DTO.
        var accepted = (await sender.Send(new ListAcceptedApplicationsQuery(), cancellationToken))
            .Select(a => (a.ApplicationId, a.FounderUserId, a.VentureName)).ToList();
        var faker = new Faker { Random = new Randomizer(2023_06) };

        var published = await SeedDayAsync(PublishedName, DateOnly.FromDateTime(now.AddDays(-14).UtcDateTime), accepted.Take(7), judges, manager.Id, now.AddDays(-40), cancellationToken);
        await ScoreAsync(faker, published, judges, 1.0, now.AddDays(-14), cancellationToken);
        published.Close(now.AddDays(-13));
        await days.SaveChangesAsync(cancellationToken);
        await sender.Send(new ComputeResultsCommand(published.Id.Value), cancellationToken);

        var day = await days.GetByIdAsync(published.Id, cancellationToken) ?? throw new InvalidOperationException("The demo Demo Day vanished.");
        var ranking = day.RankingBy(Domain.DemoDay.Ranking.RankingMethod.ZScore)!.Pitches;
        for (var i = 0; i < AwardCategories.Length && i < ranking.Count; i++)
        {
            day.Award(AwardCategories[i], ranking[i].PitchId, now.AddDays(-12));
        }

        day.Publish(now.AddDays(-12));
        await days.SaveChangesAsync(cancellationToken);

        var upcoming = await SeedDayAsync(UpcomingName, DateOnly.FromDateTime(now.AddDays(10).UtcDateTime), accepted.Skip(7).Take(5), judges, manager.Id, now.AddDays(-5), cancellationToken);
        upcoming.OpenScoring();
        await days.SaveChangesAsync(cancellationToken);
        await ScoreAsync(faker, upcoming, judges.Take(3).ToList(), 0.6, now.AddHours(-6), cancellationToken);
    }

    private async Task<DemoDayEdition> SeedDayAsync(
        string name, DateOnly heldOn, IEnumerable<(Guid ApplicationId, Guid FounderUserId, string VentureName)> ventures, List<IdentityPersonDto> judges, Guid managerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var day = DemoDayEdition.Plan(name, heldOn, "MULS School of Agroecology and Business, Darkhan", 1, 10, Criteria, managerId, at);
        var slot = 0;
        foreach (var venture in ventures)
        {
            slot++;
            day.AddPitch(venture.ApplicationId, venture.FounderUserId, venture.VentureName, slot, new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero).AddMinutes(15 * slot));
        }

        foreach (var judge in judges)
        {
            day.AddJudge(judge.Id, judge.FullName, at);
        }

        // The fourth judge mentors the second venture: a declared conflict, so that sheet never exists.
        if (day.Pitches.Count > 1 && judges.Count > 3)
        {
            day.DeclareConflict(judges[3].Id, day.Pitches[1].Id, managerId, at);
        }

        await days.AddAsync(day, cancellationToken);
        return day;
    }

    private async Task ScoreAsync(Faker faker, DemoDayEdition day, List<IdentityPersonDto> judges, double share, DateTimeOffset at, CancellationToken cancellationToken)
    {
        foreach (var judge in judges)
        {
            // Each judge has their own leniency, which the normalisation takes out.
            var leniency = faker.Random.Int(-2, 2);
            foreach (var pitch in day.Pitches.Where(p => !day.HasDeclaredConflict(judge.Id, p.Id)))
            {
                if (!faker.Random.Bool((float)share))
                {
                    continue;
                }

                var scores = Criteria.ToDictionary(c => c.Name, _ => (decimal)Math.Clamp(faker.Random.Int(4, 9) + leniency, 1, 10));
                await sheets.AddAsync(ScoreSheet.Submit(day.Id, pitch.Id, judge.Id, scores, day.WeightedScoreOf(scores), at), cancellationToken);
            }
        }
    }

    private async Task<IdentityPersonDto> PersonAsync(string email, CancellationToken cancellationToken) =>
        await sender.Send(new FindPersonByEmailQuery(email), cancellationToken)
        ?? throw new InvalidOperationException($"The demo account {email} is missing: Identity's demo data must load first.");
}
