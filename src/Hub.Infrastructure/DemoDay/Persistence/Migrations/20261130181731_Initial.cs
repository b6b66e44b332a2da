using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Infrastructure.DemoDay.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "demo_day");

            migrationBuilder.CreateTable(
                name: "demo_days",
                schema: "demo_day",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    scale_min = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    scale_max = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    criteria = table.Column<string>(type: "jsonb", nullable: false),
                    pitches = table.Column<string>(type: "jsonb", nullable: false),
                    judges = table.Column<string>(type: "jsonb", nullable: false),
                    conflicts = table.Column<string>(type: "jsonb", nullable: false),
                    awards = table.Column<string>(type: "jsonb", nullable: false),
                    rankings = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    results_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    results_failure_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    results_computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_demo_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "demo_day",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "known_mentorships",
                schema: "demo_day",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentorship_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_mentorships", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "demo_day",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "score_sheets",
                schema: "demo_day",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    demo_day_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pitch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    judge_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revisions = table.Column<string>(type: "jsonb", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_sheets", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_demo_days_results_status_closed_at",
                schema: "demo_day",
                table: "demo_days",
                columns: new[] { "results_status", "closed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_demo_days_status_held_on",
                schema: "demo_day",
                table: "demo_days",
                columns: new[] { "status", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_event_id_handler",
                schema: "demo_day",
                table: "inbox_messages",
                columns: new[] { "event_id", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_pending",
                schema: "demo_day",
                table: "inbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_known_mentorships_mentor_user_id_application_id",
                schema: "demo_day",
                table: "known_mentorships",
                columns: new[] { "mentor_user_id", "application_id" });

            migrationBuilder.CreateIndex(
                name: "ix_known_mentorships_mentorship_id",
                schema: "demo_day",
                table: "known_mentorships",
                column: "mentorship_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "demo_day",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_score_sheets_demo_day_id_judge_user_id",
                schema: "demo_day",
                table: "score_sheets",
                columns: new[] { "demo_day_id", "judge_user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_score_sheets_demo_day_id_pitch_id_judge_user_id",
                schema: "demo_day",
                table: "score_sheets",
                columns: new[] { "demo_day_id", "pitch_id", "judge_user_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "demo_days",
                schema: "demo_day");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "demo_day");

            migrationBuilder.DropTable(
                name: "known_mentorships",
                schema: "demo_day");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "demo_day");

            migrationBuilder.DropTable(
                name: "score_sheets",
                schema: "demo_day");
        }
    }
}
