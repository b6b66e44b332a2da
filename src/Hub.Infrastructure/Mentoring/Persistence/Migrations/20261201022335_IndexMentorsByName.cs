using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Infrastructure.Mentoring.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndexMentorsByName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_mentors_full_name_id",
                schema: "mentoring",
                table: "mentors",
                columns: new[] { "full_name", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_mentors_full_name_id",
                schema: "mentoring",
                table: "mentors");
        }
    }
}
