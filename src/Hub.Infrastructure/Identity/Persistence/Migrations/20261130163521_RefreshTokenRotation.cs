using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Infrastructure.Identity.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RefreshTokenRotation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "refresh_token_uses",
                schema: "identity",
                columns: table => new
                {
                    token_id = table.Column<Guid>(type: "uuid", nullable: false),
                    family_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refresh_token_uses", x => x.token_id);
                });

            migrationBuilder.CreateTable(
                name: "revoked_token_families",
                schema: "identity",
                columns: table => new
                {
                    family_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revoked_token_families", x => x.family_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_refresh_token_uses_expires_at",
                schema: "identity",
                table: "refresh_token_uses",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_revoked_token_families_revoked_at",
                schema: "identity",
                table: "revoked_token_families",
                column: "revoked_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "refresh_token_uses",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "revoked_token_families",
                schema: "identity");
        }
    }
}
