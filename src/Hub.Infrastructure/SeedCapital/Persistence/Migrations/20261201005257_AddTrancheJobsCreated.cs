using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Infrastructure.SeedCapital.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddTrancheJobsCreated : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "jobs_created",
                schema: "seed_capital",
                table: "tranches",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "jobs_created",
                schema: "seed_capital",
                table: "tranches");
        }
    }
}
