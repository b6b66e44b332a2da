using Hub.Domain.Mentoring.MatchingRuns;
using Hub.Domain.Mentoring.Mentees;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Mentoring.Persistence;

internal sealed class MentoringDbContext(DbContextOptions<MentoringDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "mentoring";

    public override string Schema => SchemaName;

    public DbSet<Mentor> Mentors => Set<Mentor>();

    public DbSet<Mentee> Mentees => Set<Mentee>();

    public DbSet<MatchingRun> MatchingRuns => Set<MatchingRun>();

    public DbSet<Mentorship> Mentorships => Set<Mentorship>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MentoringDbContext).Assembly, t => t.Namespace == typeof(Configurations.MentorConfiguration).Namespace);
}
