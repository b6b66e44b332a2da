using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.ExchangeRates;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.SeedCapital.Persistence;

internal sealed class SeedCapitalDbContext(DbContextOptions<SeedCapitalDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "seed_capital";

    public override string Schema => SchemaName;

    public DbSet<CallForProposals> Calls => Set<CallForProposals>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SeedCapitalDbContext).Assembly, t => t.Namespace == typeof(Configurations.CallForProposalsConfiguration).Namespace);
}
