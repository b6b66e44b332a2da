using Hub.Infrastructure.Common.Persistence;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Grants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.VentureName).HasMaxLength(200);
        builder.ComplexProperty(g => g.Amount, MoneyColumns.Configure);
        builder.Ignore(g => g.Released);

        builder.OwnsMany(g => g.Tranches, tranche =>
        {
            tranche.ToTable("tranches");
            tranche.WithOwner().HasForeignKey("GrantId");
            tranche.HasKey("GrantId", nameof(Tranche.Number));
            tranche.Property(t => t.Number).ValueGeneratedNever();
            tranche.Property(t => t.Milestone).HasMaxLength(200);
            tranche.Property(t => t.Amount).HasPrecision(18, 2);
            tranche.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            tranche.Property(t => t.Report).HasMaxLength(4000);
            tranche.Property(t => t.JobsCreated);
            tranche.Property(t => t.Disbursement).AsJsonb(
                d => d == null ? null : new StoredDisbursement(d.Amount.Amount, d.Amount.Currency.ToString(), d.EurAmount, d.UnitsPerEur, d.RateDate, d.ReleasedBy, d.ReleasedAt),
                s => s == null ? null : new Disbursement(Money.Of(s.Amount, Enum.Parse<Currency>(s.Currency)), s.EurAmount, s.UnitsPerEur, s.RateDate, s.ReleasedBy, s.ReleasedAt));
        });
        builder.Navigation(g => g.Tranches).HasField("_tranches").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Property(g => g.AuditTrail)
            .HasField("_auditTrail")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .AsJsonb(
                entries => entries.Select(a => new StoredAuditEntry(a.At, a.By, a.Action, a.Detail)).ToList(),
                stored => (IReadOnlyList<GrantAuditEntry>)stored.Select(a => new GrantAuditEntry(a.At, a.By, a.Action, a.Detail)).ToList());

        builder.HasIndex(g => g.ProposalId).IsUnique();
        builder.HasIndex(g => new { g.CallId, g.AwardedAt });
        builder.HasIndex(g => new { g.FounderUserId, g.AwardedAt });
    }
}
