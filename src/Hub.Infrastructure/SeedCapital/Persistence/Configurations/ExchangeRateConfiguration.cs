using Hub.Domain.SeedCapital.ExchangeRates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.ToTable("exchange_rates");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Currency).HasConversion<string>().HasMaxLength(3);
        builder.Property(r => r.UnitsPerEur).HasPrecision(18, 6);
        builder.HasIndex(r => new { r.Currency, r.Day }).IsUnique();
    }
}
