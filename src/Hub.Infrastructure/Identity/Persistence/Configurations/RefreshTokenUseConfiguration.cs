using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Identity.Persistence.Configurations;

internal sealed class RefreshTokenUseConfiguration : IEntityTypeConfiguration<RefreshTokenUse>
{
    public void Configure(EntityTypeBuilder<RefreshTokenUse> builder)
    {
        builder.ToTable("refresh_token_uses");
        builder.HasKey(u => u.TokenId);
        builder.HasIndex(u => u.ExpiresAt);
    }
}
