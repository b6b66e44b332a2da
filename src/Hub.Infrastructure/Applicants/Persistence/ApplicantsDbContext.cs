using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Applicants.Persistence;

internal sealed class ApplicantsDbContext(DbContextOptions<ApplicantsDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "applicants";

    public override string Schema => SchemaName;

    public DbSet<Intake> Intakes => Set<Intake>();

    public DbSet<ProgrammeApplication> Applications => Set<ProgrammeApplication>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicantsDbContext).Assembly, t => t.Namespace == typeof(Configurations.IntakeConfiguration).Namespace);
}
