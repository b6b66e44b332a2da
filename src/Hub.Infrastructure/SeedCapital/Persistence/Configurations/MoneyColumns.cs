using Hub.Domain.SeedCapital;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

/// <summary>Money as two columns: <c>numeric(18,2)</c> and the currency's code.</summary>
internal static class MoneyColumns
{
    public static void Configure(ComplexPropertyBuilder<Money> money)
    {
        money.Property(m => m.Amount).HasPrecision(18, 2);
        money.Property(m => m.Currency).HasConversion<string>().HasMaxLength(3);
    }
}
