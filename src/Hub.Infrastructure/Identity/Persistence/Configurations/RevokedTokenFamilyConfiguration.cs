using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Identity.Persistence.Configurations;

internal sealed class RevokedTokenFamilyConfiguration : IEntityTypeConfiguration<RevokedTokenFamily>
{
    public void Configure(EntityTypeBuilder<RevokedTokenFamily> builder)
    {
        builder.ToTable("revoked_token_families");
        builder.HasKey(f => f.FamilyId);
        builder.HasIndex(f => f.RevokedAt);
    }
}
