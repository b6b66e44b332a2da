using Hub.Domain.Identity.PartnerKeys;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Identity.Persistence;

/// <summary>
/// Accounts, roles, partner keys, used refresh tokens and ended sign-ins, and the data-protection key ring (shared by every app instance, so a token issued
/// by one is honoured by all and survives restarts), in the <c>identity</c> schema.
/// </summary>
internal sealed class HubIdentityDbContext(DbContextOptions<HubIdentityDbContext> options)
    : IdentityDbContext<HubUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext, ILeasedDbContext
{
    public const string SchemaName = "identity";

    private CredentialChanges? credentialChanges;

    public DbSet<PartnerKey> PartnerKeys => Set<PartnerKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RefreshTokenUse> RefreshTokenUses => Set<RefreshTokenUse>();

    public DbSet<RevokedTokenFamily> RevokedTokenFamilies => Set<RevokedTokenFamily>();

    /// <summary>Pooled like every module's context (ADR 0031): the caches to empty come with the lease.</summary>
    public void Lease(IServiceProvider scope) => credentialChanges = scope.GetRequiredService<CredentialChanges>();

    /// <summary>A saved change to an account or a partner key empties this instance's authentication caches for it (ADR 0021).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (people, partnerKeys) = CredentialsChanging();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        CredentialsChanged(people, partnerKeys);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var (people, partnerKeys) = CredentialsChanging();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        CredentialsChanged(people, partnerKeys);
        return saved;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddStronglyTypedIds();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(SchemaName);
        builder.ApplyConfigurationsFromAssembly(typeof(HubIdentityDbContext).Assembly, t => t.Namespace == typeof(Configurations.PartnerKeyConfiguration).Namespace);
        builder.Entity<HubUser>().Property(u => u.FullName).HasMaxLength(200);
        builder.Entity<HubUser>().Property(u => u.PreferredCulture).HasMaxLength(8);
        builder.Entity<HubUser>().Property(u => u.PreferredTimeZone).HasMaxLength(64);

        // Identity names its tables itself (AspNetUsers…); give them the snake_case names of every other table.
        builder.Entity<HubUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.UseRowVersionsOnAggregates();
    }

    private (List<Guid> People, bool PartnerKeys) CredentialsChanging() =>
        ([.. ChangeTracker.Entries<HubUser>().Where(e => e.State is EntityState.Modified or EntityState.Deleted).Select(e => e.Entity.Id)],
         ChangeTracker.Entries<PartnerKey>().Any(e => e.State is EntityState.Modified or EntityState.Deleted));

    private void CredentialsChanged(List<Guid> people, bool partnerKeys)
    {
        if (people.Count == 0 && !partnerKeys)
        {
            return;
        }

        var changes = credentialChanges
            ?? throw new InvalidOperationException($"{nameof(HubIdentityDbContext)} saved a credential without a lease: resolve it from a service scope.");
        people.ForEach(changes.PersonChanged);
        if (partnerKeys)
        {
            changes.PartnerKeysChanged();
        }
    }
}
